/**
 * The editor benchmark's baseline, run in the browser: a bare Tiptap editor
 * (StarterKit + Collaboration, no React, no provider) over a Y.Doc holding
 * the same document as ours, bundled by bench/editor-bare.ts. Co-editors are
 * simulated in the page: Y.Docs of their own that type into paragraphs at the
 * end and whose updates are applied to the editor's document, as a provider
 * would apply the server's.
 */
import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import StarterKit from "@tiptap/starter-kit";
import * as Y from "yjs";

const FIELD = "default";
const PHRASE = "Someone else is writing this sentence, one key at a time. ";
/** Not the provider's origin, and not null (a local change). */
const REMOTE = "remote";

async function main() {
  const params = new URLSearchParams(window.location.search);
  const words = params.get("words") ?? "100";
  const coEditors = Number(params.get("coeditors") ?? "0");
  const charsPerSecond = Number(params.get("rate") ?? "2");

  const response = await fetch(`/state?words=${encodeURIComponent(words)}`);
  const state = new Uint8Array(await response.arrayBuffer());
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, REMOTE);
  performance.mark("foreword:synced");

  const element = document.getElementById("editor");
  if (!element) throw new Error("no #editor element");
  new Editor({
    element,
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ document: doc, field: FIELD }),
    ],
    editorProps: { attributes: { role: "textbox", "aria-label": "Bare editor" } },
  });
  performance.mark("foreword:editor-created");

  for (let i = 0; i < coEditors; i++) {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, state);
    peer.on("update", (update: Uint8Array) => Y.applyUpdate(doc, update, REMOTE));
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = peer.getXmlFragment(FIELD);
    fragment.insert(fragment.length, [paragraph]);
    let typed = 0;
    const period = 1_000 / charsPerSecond;
    window.setTimeout(
      () =>
        window.setInterval(
          () => text.insert(text.length, PHRASE.charAt(typed++ % PHRASE.length)),
          period,
        ),
      Math.random() * period,
    );
  }
}

void main();
