import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  stampClientAddress,
  UNKNOWN_ADDRESS,
} from "./client-address";

describe("clientAddress with no trusted proxies (the default)", () => {
  it("is the socket's address, whatever X-Forwarded-For says", () => {
    for (let i = 0; i < 15; i++) {
      expect(
        clientAddress({
          forwardedFor: `203.0.113.${i}`,
          socketAddress: "198.51.100.7",
          trustedProxies: 0,
        }),
      ).toBe("198.51.100.7");
    }
  });

  it("ignores a forged chain and repeated header lines", () => {
    expect(
      clientAddress({
        forwardedFor: ["1.1.1.1, 2.2.2.2", "3.3.3.3"],
        socketAddress: "198.51.100.7",
        trustedProxies: 0,
      }),
    ).toBe("198.51.100.7");
  });

  it("treats a negative or fractional hop count as none", () => {
    for (const trustedProxies of [-1, 0.5, Number.NaN]) {
      expect(
        clientAddress({ forwardedFor: "1.1.1.1", socketAddress: "10.0.0.1", trustedProxies }),
      ).toBe("10.0.0.1");
    }
  });

  it("says unknown when the socket has no address (already closed)", () => {
    expect(
      clientAddress({ forwardedFor: "1.1.1.1", socketAddress: undefined, trustedProxies: 0 }),
    ).toBe(UNKNOWN_ADDRESS);
  });
});

describe("clientAddress behind trusted proxies", () => {
  it("with one proxy, takes the entry that proxy appended (the last one)", () => {
    expect(
      clientAddress({
        forwardedFor: "203.0.113.9",
        socketAddress: "10.0.0.2",
        trustedProxies: 1,
      }),
    ).toBe("203.0.113.9");
  });

  it("with one proxy, a client-forged prefix does not move the answer", () => {
    for (let i = 0; i < 15; i++) {
      expect(
        clientAddress({
          // The client sent "6.6.6.<i>"; the balancer appended the real peer.
          forwardedFor: `6.6.6.${i}, 203.0.113.9`,
          socketAddress: "10.0.0.2",
          trustedProxies: 1,
        }),
      ).toBe("203.0.113.9");
    }
  });

  it("with two proxies, skips the inner proxy's entry", () => {
    // client -> edge (appends client) -> internal (appends edge) -> app
    expect(
      clientAddress({
        forwardedFor: "6.6.6.6, 203.0.113.9, 10.0.0.1",
        socketAddress: "10.0.0.2",
        trustedProxies: 2,
      }),
    ).toBe("203.0.113.9");
  });

  it("with fewer entries than hops, falls back to the leftmost", () => {
    expect(
      clientAddress({ forwardedFor: "203.0.113.9", socketAddress: "10.0.0.2", trustedProxies: 3 }),
    ).toBe("203.0.113.9");
    expect(
      clientAddress({ forwardedFor: undefined, socketAddress: "10.0.0.2", trustedProxies: 1 }),
    ).toBe("10.0.0.2");
  });

  it("reads entries split over several header lines in order", () => {
    expect(
      clientAddress({
        forwardedFor: ["6.6.6.6", "203.0.113.9"],
        socketAddress: "10.0.0.2",
        trustedProxies: 1,
      }),
    ).toBe("203.0.113.9");
  });

  it("skips empty entries a client might pad with", () => {
    expect(
      clientAddress({
        forwardedFor: "203.0.113.9, ,",
        socketAddress: "10.0.0.2",
        trustedProxies: 1,
      }),
    ).toBe("203.0.113.9");
  });
});

describe("address spelling", () => {
  it("reads an IPv4 client of a dual-stack socket as plain IPv4", () => {
    expect(
      clientAddress({
        forwardedFor: undefined,
        socketAddress: "::ffff:127.0.0.1",
        trustedProxies: 0,
      }),
    ).toBe("127.0.0.1");
  });

  it("lower-cases IPv6 and trims spaces", () => {
    expect(
      clientAddress({
        forwardedFor: " 2001:DB8::1 ",
        socketAddress: "10.0.0.2",
        trustedProxies: 1,
      }),
    ).toBe("2001:db8::1");
  });

  it("caps absurdly long entries", () => {
    const address = clientAddress({
      forwardedFor: "x".repeat(10_000),
      socketAddress: "10.0.0.2",
      trustedProxies: 1,
    });
    expect(address.length).toBeLessThanOrEqual(64);
  });
});

describe("stampClientAddress", () => {
  it("replaces a client-sent address header and X-Forwarded-For with the decided address", () => {
    const headers: Record<string, string | string[] | undefined> = {
      [CLIENT_ADDRESS_HEADER]: "6.6.6.6",
      "x-forwarded-for": "7.7.7.7",
    };
    expect(stampClientAddress(headers, "198.51.100.7", 0)).toBe("198.51.100.7");
    expect(headers).toEqual({
      [CLIENT_ADDRESS_HEADER]: "198.51.100.7",
      "x-forwarded-for": "198.51.100.7",
    });
  });

  it("sets the header when the client sent none", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
    };
    stampClientAddress(headers, "10.0.0.2", 1);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
  });
});
