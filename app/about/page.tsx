import type { Metadata } from "next";
import { Logo } from "@/components/brand/logo";
import { STAGES, STAGE_INFO } from "@/lib/stages";

export const metadata: Metadata = {
  title: "About",
  description:
    "Foreword is where a product team writes an idea backwards: the press release first, the technical feasibility last.",
};

/**
 * What Foreword is, for anyone, signed in or not. A server component with no
 * client code of its own: the reader benchmark (bench/reader.ts) measures the
 * published page against it as the build's plain page.
 */
export default function AboutPage() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-12 md:py-20">
      <Logo />
      <h1 className="mt-10 font-serif text-3xl leading-tight tracking-tight md:text-4xl">
        Write the press release first
      </h1>
      <div className="mt-6 space-y-5 text-base leading-relaxed text-foreground/90">
        <p>
          Foreword is where a product team writes an idea <em>backwards</em>, the way Amazon’s
          Working Backwards method asks. Before anyone designs a system or estimates a sprint, the
          team writes the announcement the customer would read on launch day, and then answers the
          questions that announcement raises.
        </p>
        <p>
          The order is the point. Each stage opens only when the one before it is complete, so the
          customer’s experience is settled before the team asks what is feasible:
        </p>
        <ol className="list-decimal space-y-2 pl-6">
          {STAGES.map((stage) => (
            <li key={stage}>
              <strong className="font-semibold">{STAGE_INFO[stage].label}.</strong>{" "}
              {STAGE_INFO[stage].summary}
            </li>
          ))}
        </ol>
        <p>
          Several people write each stage together in the browser and see each other’s cursors. A
          checklist beside the editor says what the stage still needs, reviewers comment on passages
          and approve, and a stage completes only when its checks pass.
        </p>
        <p>
          When the press release is complete, the team publishes the document. Everyone in the
          workspace can read it as one calm page, stakeholders outside it can be given a secret
          link, and readers ask their questions right on the passage they are about.
        </p>
        <blockquote className="border-l-2 border-primary/40 pl-4 font-serif text-lg text-foreground">
          “Experience first. Only at the very, very end do we think about what is actually
          technically feasible.”
        </blockquote>
      </div>
      <p className="mt-10 text-sm text-muted-foreground">
        <a href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
          Create an account
        </a>{" "}
        or{" "}
        <a href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          sign in
        </a>
        .
      </p>
    </main>
  );
}
