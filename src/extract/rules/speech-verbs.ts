/**
 * Verbs that attribute speech in this genre. A quote next to one of them, or a clause after one of them,
 * is a Statement of the person before the verb. Longer forms come first so 介绍道 wins over 介绍.
 */
export const SPEECH_VERBS: readonly string[] = [
  // Plain speech.
  '说道',
  '说',
  '表示',
  '指出',
  '强调',
  '介绍道',
  '介绍',
  '谈到',
  '提到',
  '提出建议',
  '提出',
  '表态',
  '认为',
  '坦言',
  '透露',
  '回忆道',
  '回忆',
  '解释道',
  '解释',
  '告诉记者',
  '对记者说',
  '答',
  '回答',
  '称',
  '通报',
  '要求',
  '建议',
  '呼吁',
  '补充道',
  '补充',
  '总结道',
  '感慨道',
  '感慨',
];

/**
 * Words that may stand between a speaker and the speech verb without breaking the attribution:
 * 王某当场表态, 李某在总结工作时特别提到.
 */
export const SPEECH_ADVERBS: readonly string[] = [
  '当场',
  '特别',
  '也',
  '还',
  '再次',
  '进一步',
  '明确',
  '同时',
  '最后',
  '随后',
  '深有感触地',
  '坦率地',
];

/**
 * A clause between speaker and verb (李某在总结2019年工作成效时特别提到, 在讲话中表示, 在会上说): 在 … 时, 在 … 中 or
 * 在 … 上 right before a speech verb, at most this many characters.
 */
export const SPEECH_TIME_CLAUSE_MAX = 24;
