/**
 * The roles a public list of sites gives the person answerable for each site, printed in brackets after the site
 * (某某桥（挂包领导：某某）). The river and lake chief system (《关于全面推行河长制的意见》, 2016) makes each reach's
 * chief and the official who answers for a section public, and local lists of monitoring sections, problem sites and
 * tasks name for each its chief, its 挂包/包保/挂点/联系 leader (the cadre assigned to follow one place or case) or its
 * 责任人. Longest first.
 */
export const RESPONSIBILITY_ROLES: readonly string[] = [
  '挂包领导',
  '包保领导',
  '挂点领导',
  '挂钩领导',
  '联系领导',
  '责任领导',
  '包案领导',
  '督办领导',
  '责任河长',
  '责任湖长',
  '责任人',
  '负责人',
  '联系人',
  '河长',
  '湖长',
  '林长',
  '田长',
  '山长',
];

/**
 * Of those, the roles that answer for a place (a reach, a section, a site), not for a body or a case: the item a
 * bracket with one of them follows is a named place (某某断面（河长：某某）), while 负责人, 联系人 or 责任人 may follow
 * a body (某局（负责人：某某）).
 */
export const PLACE_RESPONSIBILITY_ROLES: readonly string[] = RESPONSIBILITY_ROLES.filter(
  (role) => !['责任人', '负责人', '联系人', '包案领导'].includes(role),
);
