import { Fragment } from 'react';
import { splitChinese } from '../shared/split-chinese.ts';

/** Renders mixed English and Chinese text with each Chinese run in a span marked lang="zh-Hans". */
export function MixedText({ text }: { text: string }) {
  return splitChinese(text).map((run) =>
    run.chinese ? (
      <span key={run.start} lang="zh-Hans">
        {run.text}
      </span>
    ) : (
      <Fragment key={run.start}>{run.text}</Fragment>
    ),
  );
}
