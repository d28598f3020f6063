import { NextResponse } from "next/server";
import { db } from "@/server/db";

/** For load balancers: 200 when the app can reach its database. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
