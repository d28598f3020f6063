import { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { env } from "@/lib/env";

/**
 * next-auth builds the links it emails and the redirects it answers with from
 * the request's URL, which behind our app server (or a proxy) names the
 * address Next listens on, not the public one: a sign-in link would send a
 * browser to another host, whose cookies it does not have. Every auth request
 * is therefore seen at APP_URL, as next-auth's own AUTH_URL would do.
 */
function atAppUrl(request: NextRequest): NextRequest {
  const { pathname, search } = request.nextUrl;
  return new NextRequest(new URL(`${pathname}${search}`, env().APP_URL), request);
}

export const GET = (request: NextRequest) => handlers.GET(atAppUrl(request));
export const POST = (request: NextRequest) => handlers.POST(atAppUrl(request));
