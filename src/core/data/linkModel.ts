/**
 * The fitted link model: weights over `LINK_FEATURES` (alignFit.ts) of a logistic model of
 * whether two sentences left over after the aligner's firm steps are a pair, and the
 * probability at which the aligner links them (`modelLinks`, alignFit.ts). Made by
 * `node --import tsx bench/eval/linkfit.ts --fit --replaces weak|gaps|nothing` on the tune gold
 * (never the held-out set): each leftover candidate pair labelled 1 when the gold pairs the two,
 * else 0; logistic regression by gradient descent, L2 0.001 (not on the bias), 6000 rounds.
 *
 * None ships (`LINK_MODEL` is null): measured leave one family out on the 79 tune pairs
 * (59 families; the model fitted without a family runs in the engine on that family), no
 * version beat the rules it would replace, even against their in-sample figures, and recall
 * fell with them (the rules link sentences whose facts changed: figures, names):
 *
 * | on tune (27 Nov 2026)                              | alignment | findings recall | false links |
 * |----------------------------------------------------|-----------|-----------------|-------------|
 * | the rules (in-sample: tuned on these families)     | 88.7%     | 67.0%           | 3.0%        |
 * | model for gap filling (`gaps`), leave-one-out      | 87.7%     | 61.8%           | 3.5%        |
 * | model for all weak links (`weak`), leave-one-out   | 86.0%     | 58.1%           | 3.8%        |
 * | model after the rules (`nothing`), leave-one-out   | 88.5%     | 67.0%           | 3.5%        |
 * | naive word overlap (Jaccard ≥ 0.3)                 | 75.6%     |                 | 1.0%        |
 *
 * The `gaps` model fitted on all tune pairs, for the record (order of `LINK_FEATURES`, cutoff 0.5):
 * [-2.436, 0.495, 0.303, 2.486, 0.532, -0.041, -1.653, -0.485, 0.935, -1.156, 0.244, 0.1,
 *  1.263, 1.202, 0.968, 2.826, -1.462, -0.84, -0.396]: shared terms, headings, staying near the
 * story's order and a lead over the article's next best partner for it, figures both give, raise it;
 * distance in the texts, names alone, a heading against a sentence and the rules' "two
 * statements" test lower it.
 */
export interface LinkModel {
  weights: readonly number[];
  /** A pair is linked at this probability or above. */
  cutoff: number;
  /**
   * Which of the aligner's rules the model stands in for: the weak one-to-one links and gap
   * filling (`weak`), gap filling only (`gaps`), or none (`nothing`: it links what the rules left).
   */
  replaces: 'weak' | 'gaps' | 'nothing';
}

/** The model the engine runs: none (see above); `CompareOptions.linkModel` sets one for measuring. */
export const LINK_MODEL: LinkModel | null = null;
