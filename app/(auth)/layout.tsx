import Link from "next/link";
import { Logo } from "@/components/brand/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid min-h-dvh lg:grid-cols-2">
      <div className="flex flex-col gap-8 p-6 md:p-10">
        <Link href="/" className="w-fit">
          <Logo />
        </Link>
        <div className="flex flex-1 items-center justify-center">
          <div className="w-full max-w-sm">{children}</div>
        </div>
      </div>
      <aside className="relative hidden flex-col justify-end bg-primary p-12 text-primary-foreground lg:flex">
        <blockquote className="max-w-md space-y-4">
          <p className="font-serif text-2xl leading-snug">
            “Experience first. Only at the very, very end do we think about what is actually
            technically feasible.”
          </p>
          <footer className="text-sm text-primary-foreground/70">
            Working Backwards: press release, FAQ, user manual, mockups — then feasibility.
          </footer>
        </blockquote>
      </aside>
    </div>
  );
}
