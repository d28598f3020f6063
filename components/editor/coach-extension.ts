import { Extension } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import type { Coach as TextCoach, CoachFinding, CoachReport } from "@/lib/coach";
import { coachBlocks } from "./coach-blocks";
import { CoachHint } from "./coach-hint";

/**
 * Quiet time after the last change (local or a collaborator's) before the
 * coach reads the document again: long enough not to analyse mid-word, short
 * enough that underlines follow a pause in typing.
 */
export const COACH_DEBOUNCE_MS = 400;

/** The longest an idle callback may wait for idle time, so a busy page still gets advice. */
const IDLE_TIMEOUT_MS = 1000;

/** Work per idle slice stops when less than this much of the slice remains (ms). */
const SLICE_RESERVE_MS = 2;

/** What the coach keeps with the editor state. */
export type CoachState = {
  /** The last analysis, unchanged (same object) until the next one. */
  report: CoachReport | null;
  /** One underline per finding, mapped through every change in between. */
  decorations: DecorationSet;
  findings: ReadonlyMap<string, CoachFinding>;
};

/** The coach's plugin key: read its state, or recognise its transactions. */
export const coachPluginKey = new PluginKey<CoachState>("coach");

/** The coach's state in an editor state, if the coach is on (it is for the press release only). */
export function coachStateOf(state: EditorState): CoachState | undefined {
  return coachPluginKey.getState(state);
}

/** Where a finding's words are now (after edits since the analysis), if they still exist. */
export function findingRange(state: EditorState, id: string): { from: number; to: number } | null {
  const found = coachStateOf(state)?.decorations.find(
    undefined,
    undefined,
    (spec) => spec.coachId === id,
  )[0];
  return found ? { from: found.from, to: found.to } : null;
}

function decorate(state: EditorState, report: CoachReport): DecorationSet {
  return DecorationSet.create(
    state.doc,
    report.findings.map((finding) =>
      Decoration.inline(
        finding.blockId + finding.from,
        finding.blockId + finding.to,
        {
          class: `coach-mark coach-${finding.kind}`,
          // One attribute per kind: where findings overlap, ProseMirror merges
          // their attributes onto one span and each kind's id survives.
          [`data-coach-${finding.kind}`]: finding.id,
        },
        { coachId: finding.id },
      ),
    ),
  );
}

type IdleDeadline = { timeRemaining(): number };

/** requestIdleCallback where the browser has it (not Safari); a short timeout elsewhere. */
function whenIdle(callback: (deadline: IdleDeadline) => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const start = performance.now();
  const handle = window.setTimeout(() =>
    callback({ timeRemaining: () => Math.max(0, 12 - (performance.now() - start)) }),
  );
  return () => window.clearTimeout(handle);
}

/**
 * Runs the coach off the typing path: a change starts a debounce; then,
 * in idle time, blocks whose text is new are analysed a few at a time (a
 * block takes a few milliseconds; a 10,000-word document the first time
 * takes over a second, spread over idle slices); when every block is cached
 * the report is built and set with one transaction that changes no content.
 */
class CoachScheduler {
  /**
   * Loaded on first use: retext and its word lists are most of the stage
   * page's script, and nobody needs them before the editor is up.
   */
  private coach: TextCoach | null = null;
  private cancelTimer: (() => void) | null = null;
  private cancelIdle: (() => void) | null = null;

  constructor(private readonly view: EditorView) {
    this.schedule();
  }

  schedule() {
    this.cancel();
    const timer = window.setTimeout(() => {
      this.cancelTimer = null;
      this.cancelIdle = whenIdle((deadline) => this.step(deadline));
    }, COACH_DEBOUNCE_MS);
    this.cancelTimer = () => window.clearTimeout(timer);
  }

  cancel() {
    this.cancelTimer?.();
    this.cancelIdle?.();
    this.cancelTimer = this.cancelIdle = null;
  }

  private step(deadline: IdleDeadline) {
    this.cancelIdle = null;
    if (this.view.isDestroyed) return;
    if (!this.coach) {
      void import("@/lib/coach").then(({ createCoach }) => {
        this.coach ??= createCoach();
        if (!this.view.isDestroyed) this.cancelIdle = whenIdle((next) => this.step(next));
      });
      return;
    }
    const coach = this.coach;
    const blocks = coachBlocks(this.view.state.doc);
    const pending = blocks.filter((block) => !coach.has(block.text));
    let done = 0;
    // At least one block per slice, so a page with no idle time still progresses.
    for (const block of pending) {
      if (done > 0 && deadline.timeRemaining() < SLICE_RESERVE_MS) break;
      coach.analyseBlock(block.text);
      done += 1;
    }
    if (done < pending.length) {
      this.cancelIdle = whenIdle((next) => this.step(next));
      return;
    }
    // The blocks were read from this very state: positions in the report are valid for it.
    const report = coach.report(blocks);
    const decorations = decorate(this.view.state, report);
    this.view.dispatch(
      this.view.state.tr
        .setMeta(coachPluginKey, { report, decorations } satisfies Partial<CoachState>)
        .setMeta("addToHistory", false),
    );
  }
}

/** The findings whose underline is at an element (kinds may overlap on one span). */
function findingsAt(element: Element, root: Element, state: CoachState): CoachFinding[] {
  const found: CoachFinding[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    for (const attribute of Array.from(node.attributes)) {
      if (!attribute.name.startsWith("data-coach-")) continue;
      const finding = state.findings.get(attribute.value);
      if (finding && !found.includes(finding)) found.push(finding);
    }
  }
  // Words before sentences: the most specific advice first.
  return found.sort((a, b) => a.to - a.from - (b.to - b.from));
}

function applyCoach(tr: Transaction, value: CoachState): CoachState {
  const next = tr.getMeta(coachPluginKey) as Pick<CoachState, "report" | "decorations"> | undefined;
  if (next?.report) {
    return {
      ...next,
      findings: new Map(next.report.findings.map((finding) => [finding.id, finding])),
    };
  }
  // Between analyses the underlines move with their words (typing, remote edits).
  return tr.docChanged
    ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
    : value;
}

/**
 * The press-release coach in the editor: wavy underlines for its findings
 * (lib/coach), a hover hint with each finding's message and suggestion, and
 * the report for the coach panel (components/coach). Advisory only: it never
 * changes the document or blocks anything.
 */
export const CoachExtension = Extension.create({
  name: "coach",

  addProseMirrorPlugins() {
    let hint: CoachHint | null = null;
    return [
      new Plugin<CoachState>({
        key: coachPluginKey,
        state: {
          init: () => ({ report: null, decorations: DecorationSet.empty, findings: new Map() }),
          apply: applyCoach,
        },
        props: {
          decorations: (state) => coachStateOf(state)?.decorations,
          handleDOMEvents: {
            mouseover: (view, event) => {
              const state = coachStateOf(view.state);
              const target = event.target instanceof Element ? event.target : null;
              const mark = target?.closest(".coach-mark");
              if (!state || !mark || !(mark instanceof HTMLElement) || !hint) return false;
              hint.show(mark, findingsAt(mark, view.dom, state), {
                x: event.clientX,
                y: event.clientY,
              });
              return false;
            },
            mouseout: (_view, event) => {
              const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
              if (!to?.closest(".coach-mark")) hint?.hide();
              return false;
            },
            keydown: () => {
              hint?.hide();
              return false;
            },
          },
        },
        view: (view) => {
          const scheduler = new CoachScheduler(view);
          hint = new CoachHint();
          // Only a scroll that moves the text hides the hint (it is fixed to the
          // viewport): the page, or a box the editor sits in. Panels beside it
          // scroll, and reflow as their counts change, without moving the words.
          const hide = (event: Event) => {
            const scrolled = event.target;
            if (scrolled === document || (scrolled instanceof Node && scrolled.contains(view.dom)))
              hint?.hide();
          };
          window.addEventListener("scroll", hide, { capture: true, passive: true });
          return {
            update: (updated, previous) => {
              // Any content change, typed here or arriving from a collaborator through Yjs.
              // (A new document object means new content; the coach's own transaction keeps it.)
              if (updated.state.doc !== previous.doc) {
                scheduler.schedule();
                hint?.hide();
              }
            },
            destroy: () => {
              scheduler.cancel();
              window.removeEventListener("scroll", hide, { capture: true });
              hint?.destroy();
              hint = null;
            },
          };
        },
      }),
    ];
  },
});
