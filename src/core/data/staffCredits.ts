/**
 * The labels of a staff credit, per language (ISO 639-3), in the languages whose papers set it as
 * a line of its own under the story, in brackets or not: "（编辑：严玉洁 王辉）", "【责任编辑：王芳】",
 * "（責任編輯：…）", "（翻訳編集：…）", "（記者：…、写真：…）". The label is what the line says it
 * is, the same on every site of the language (who edited, reported, translated, photographed,
 * proofread the story, or where it came from); the names follow a colon. A credit, not news: a
 * copy that drops it or names other editors changes no fact.
 */
export const STAFF_CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  zho: [
    '编辑', '責任編輯', '责任编辑', '編輯', '责编', '責編', '主编', '主編', '编审', '編審', '审校', '審校', '校对', '校對',
    '编译', '編譯', '翻译', '翻譯', '记者', '記者', '摄影', '攝影', '撰文', '撰稿', '实习生', '實習生', '通讯员', '通訊員',
    '来源', '來源', '稿源',
  ],
  jpn: ['編集', '翻訳編集', '翻訳', '記者', '写真', '撮影', '取材', '文'],
};
