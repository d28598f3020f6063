import type { CustomerField } from "@/lib/customer-questions";

/**
 * Asks the Customer card to open its editor at one question. The checklist
 * and the card are rendered apart (the card on the server, above every
 * stage), so they meet through one window event rather than shared state.
 */
const EVENT = "foreword:edit-customer";

export function requestCustomerAnswer(field: CustomerField) {
  window.dispatchEvent(new CustomEvent<CustomerField>(EVENT, { detail: field }));
}

/** Calls `onRequest` whenever the checklist asks for a customer answer; returns the unsubscribe. */
export function onCustomerAnswerRequest(onRequest: (field: CustomerField) => void): () => void {
  const listener = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === "string") {
      onRequest(event.detail as CustomerField);
    }
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
