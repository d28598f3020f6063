/** The element the stage page renders its first collab token into, for the early connection. */
export const EARLY_CONNECTION_ELEMENT_ID = "foreword-collab-bootstrap";
