import {
  FileTextIcon,
  MessageSquareIcon,
  BookOpenIcon,
  LightbulbIcon,
  UsersIcon,
} from "lucide-react";
import type { SearchResult, SearchResultKind } from "@/lib/search/types";
import { STAGE_INFO } from "@/lib/stages";

const ICONS: Record<SearchResultKind, typeof FileTextIcon> = {
  title: LightbulbIcon,
  customer: UsersIcon,
  stage: FileTextIcon,
  comment: MessageSquareIcon,
  published: BookOpenIcon,
};

/** The icon for a kind of result. */
export function ResultIcon({ kind, className }: { kind: SearchResultKind; className?: string }) {
  const Icon = ICONS[kind];
  return <Icon aria-hidden className={className} />;
}

/** Where the match is, in words: "FAQ", "Comment by Rita on FAQ", "Customer", "Published". */
export function resultPlace(result: SearchResult): string {
  const stage = result.stage ? STAGE_INFO[result.stage].label : "";
  switch (result.kind) {
    case "title":
      return "Initiative";
    case "customer":
      return "Customer";
    case "stage":
      return stage;
    case "comment":
      return `Comment${result.authorName ? ` by ${result.authorName}` : ""}${stage ? ` on ${stage}` : ""}`;
    case "published":
      return "Published";
  }
}
