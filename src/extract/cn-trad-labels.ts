/**
 * Information-line labels printed in traditional characters (`發布單位`, `發稿單位`, `資料來源`, `點閱次數`), read as their
 * simplified forms so one label vocabulary serves both scripts. Only a word that is a label once simplified is rewritten:
 * the values beside it (an office's or a writer's name) keep the characters the page printed.
 */

/** Traditional characters of label words and their simplified forms, pair by pair. */
const PAIRS = '發发佈布單单來来記记責责編编輯辑時时間间閱阅讀读數数點点擊击瀏浏覽览關关閉闭鍵键詞词標标籤签機机構构資资訊讯聯联絡络審审轉转載载開开題题圖图號号頁页論论員员導导攝摄報报處处門门類类網网視视頻频錄录實实負负專专欄栏書书週周後后於于';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) T2S.set(PAIRS[i], PAIRS[i + 1]);

const TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`);
/** A run of Han characters: the unit a label is. */
const HAN_RUN = /[\u4e00-\u9fff]+/g;
/** Labels are short: a longer run is text, passed over whole. */
const LABEL_MAX = 8;

/** `line` with each word that `isLabel` knows once simplified written in simplified characters; other words unchanged. */
export function simplifiedLabels(line: string, isLabel: (word: string) => boolean): string {
  if (!TRADITIONAL.test(line)) return line;
  return line.replace(HAN_RUN, (word) => {
    if (word.length > LABEL_MAX || !TRADITIONAL.test(word)) return word;
    const simple = [...word].map((c) => T2S.get(c) ?? c).join('');
    return isLabel(simple) ? simple : word;
  });
}
