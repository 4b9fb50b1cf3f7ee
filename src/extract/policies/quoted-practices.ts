import type { PolicySentence } from './policy-candidate.ts';

/** A quoted slogan carried out as a way of working (实行“一企一策”), with a word of management after the quote (推行“双随机、一公开”监管). */
export function proposeQuotedPractices(scan: PolicySentence): void {
  const { text, candidates } = scan;
  // A quoted slogan carried out as a way of working: 实行“一企一策”, 推行“双随机、一公开”.
  // A word of management right after the quote belongs to the name: 推行“双随机、一公开”监管.
  for (const match of text.matchAll(/(实行|推行|实施|落实|建立|探索)“([^“”]{2,12})”(监管|管理|模式|机制|制度)?/gu)) {
    const from = match.index + match[1]!.length;
    if (/^[”“]/u.test(text[from + match[2]!.length + 2] ?? '')) continue;
    const suffix = match[3] ?? '';
    const name = suffix ? `“${match[2]!}”${suffix}` : match[2]!;
    candidates.push({
      from: suffix ? from : from + 1,
      to: from + (suffix ? name.length : 1 + match[2]!.length),
      priority: 0,
      mention: {
        name,
        kind: 'mechanism',
        aliases: [],
        rule: 'policy/quoted-practice',
        confidence: 0.6,
        review: 'a quoted practice read as a policy',
      },
    });
  }
}

// A quoted name made of a field and a count of articles (“大气十条”, “水十条”, “土十条”, “国十条”): the press names a plan
// or a measure by the count of its articles, as the State Council's action plans on air (2013), water (2015) and soil
// (2016) pollution, each of ten parts, are known. The field is one to four characters, the count a numeral.
const COUNTED_ARTICLES = /“(\p{Script=Han}{1,4}?(?:[一二三四五六七八九十]{1,3}|\d{1,2})条)”/gu;

/** A plan or measure named in quotes by its count of articles (落实“大气十条”“水十条”). */
export function proposeCountedArticlePlans(scan: PolicySentence): void {
  for (const match of scan.text.matchAll(COUNTED_ARTICLES)) {
    const from = match.index + 1;
    scan.candidates.push({
      from,
      to: from + match[1]!.length,
      priority: 0,
      mention: {
        name: match[1]!,
        kind: 'plan',
        aliases: [],
        rule: 'policy/counted-articles',
        confidence: 0.6,
        review: 'a plan named in quotes by its count of articles',
      },
    });
  }
}

// A layout (格局) a provincial plan or work report names by a quoted slogan: the spatial layouts of the main functional
// zone planning and the provincial five-year plans (构建“一核三带”区域发展格局) and the work layouts of the environment
// field (构建“大环保格局”). The press prints the slogan in quotes; an unquoted 格局 (新发展格局) is a common noun here.
// Up to six characters of what is laid out may stand between the quote and 格局, none of them 的 (…理念下的发展格局).
const QUOTED_LAYOUT = /“([^“”]{2,10})”((?:(?!的)\p{Script=Han}){0,6}?格局)|“([^“”]{1,8}格局)”/gu;

/** A layout named by a quoted slogan (“一核三带”区域发展格局, “大环保格局”). */
export function proposeQuotedLayouts(scan: PolicySentence): void {
  for (const match of scan.text.matchAll(QUOTED_LAYOUT)) {
    // The slogan with what follows it keeps its quotes (“一核三带”区域发展格局); a layout quoted whole is named bare.
    const whole = match[3] !== undefined;
    const from = whole ? match.index + 1 : match.index;
    const name = whole ? match[3]! : match[0];
    scan.candidates.push({
      from,
      to: from + name.length,
      priority: 0,
      mention: { name, kind: 'strategy', aliases: [], rule: 'policy/quoted-layout', confidence: 0.6, review: 'a layout named by a quoted slogan' },
    });
  }
}
