/**
 * Business jargon retext-simplify does not know (it covers "utilize",
 * "facilitate", "state-of-the-art" and many more, so those are not repeated
 * here). These words promise without saying anything a customer can check;
 * each comes with plainer words, and the suggestion is usually to say the fact
 * instead (an empty list: no plainer word, say the fact). Lower-case; hyphenated words are one word in retext's parse tree.
 * Checked against retext-simplify 8's patterns: none of these are in it.
 */
export const BUSINESS_JARGON: Readonly<Record<string, readonly string[]>> = {
  leverage: ["use"],
  leverages: ["uses"],
  leveraged: ["used"],
  leveraging: ["using"],
  synergy: ["working together"],
  synergies: ["savings", "benefits"],
  synergistic: ["combined"],
  "best-in-class": [],
  "world-class": [],
  seamless: ["smooth", "simple"],
  seamlessly: ["smoothly", "simply"],
  paradigm: ["model", "way"],
  robust: ["reliable", "strong"],
  "cutting-edge": ["new", "latest"],
  "next-generation": ["new"],
  "game-changing": [],
  "game-changer": [],
  innovative: ["new"],
  revolutionary: ["new"],
  disruptive: ["new"],
  holistic: ["complete", "whole"],
  empower: ["let", "help"],
  empowers: ["lets", "helps"],
  empowering: ["letting", "helping"],
  streamline: ["simplify", "speed up"],
  streamlines: ["simplifies", "speeds up"],
  streamlined: ["simpler", "faster"],
  "end-to-end": ["complete"],
  turnkey: ["ready to use"],
  "mission-critical": ["essential"],
  "enterprise-grade": [],
  scalable: [],
  actionable: ["useful", "practical"],
  ecosystem: ["partners", "products"],
  // retext-simplify matches "utilize" and "facilitate" but not their other forms.
  utilizes: ["uses"],
  utilized: ["used"],
  utilizing: ["using"],
  utilization: ["use"],
  facilitates: ["helps", "eases"],
  facilitated: ["helped", "eased"],
  facilitating: ["helping", "easing"],
  optimization: ["improvement"],
  optimizations: ["improvements"],
};
