/**
 * Web pages the team writes around a plain report, in the shapes analysts save them from: a ministry's site
 * (TRS-style meta tags, 当前位置 breadcrumbs, 字号/打印/关闭, 相关链接, 网站标识码), a newspaper's site (og:* and
 * article:published_time, a 来源/作者/责任编辑 line, share buttons, related and hot articles, comments) and a
 * provincial department's older table layout (GB2312 meta, 发布时间/来源/浏览次数, 上一篇/下一篇). Each page
 * says which of its words are chrome, so a test can check that none reaches report.txt.
 */

/** A plain report cut into its title and paragraphs; a paragraph's lines stay lines (a byline under a title). */
export interface PlainReport {
  title: string;
  /** Paragraphs after the title, each a list of its lines. */
  paragraphs: string[][];
}

/** The facts a page states about its article, outside the article's text. */
export interface PageFacts {
  date: string;
  time: string;
  source: string;
  author: string;
  url: string;
}

/** A page and the words of its chrome, none of which belongs in the report. */
export interface BuiltPage {
  html: string;
  chrome: string[];
}

/** Cuts a plain report (title on the first line, paragraphs between blank lines) into title and paragraphs. */
export function splitPlainReport(text: string): PlainReport {
  const blocks = text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'));
  const [titleLines, ...paragraphs] = blocks;
  if (titleLines?.length !== 1) throw new Error('the report must start with a one-line title');
  return { title: titleLines[0]!, paragraphs };
}

/** The plain text of a report as a reader should give it back: title, blank line, paragraphs between blank lines. */
export function joinPlainReport(report: PlainReport): string {
  return `${[report.title, ...report.paragraphs.map((lines) => lines.join('\n'))].join('\n\n')}\n`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphsHtml = (report: PlainReport, indent: string) =>
  report.paragraphs.map((lines) => `<p>${indent}${lines.map(escapeHtml).join('<br>')}</p>`).join('\n');

/** A page of a ministry's site: TRS meta tags, menus, breadcrumbs, font-size and print links, related links, footer. */
export function buildMinistryPage(report: PlainReport, facts: PageFacts): BuiltPage {
  const chrome = [
    '无障碍浏览',
    '机构职能',
    '政务公开',
    '当前位置',
    '要闻动态',
    '【字号：大 中 小】',
    '打印本页',
    '关闭窗口',
    '分享到',
    '相关链接',
    '关于开展2021年六五环境日宣传活动的通知',
    '版权所有',
    '网站标识码',
    '京ICP备05009132号',
    '东长安街12号',
  ];
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${escapeHtml(report.title)}_中华人民共和国生态环境部</title>
<meta name="SiteName" content="中华人民共和国生态环境部">
<meta name="SiteDomain" content="www.mee.gov.cn">
<meta name="SiteIDCode" content="bm17000009">
<meta name="ColumnName" content="要闻动态">
<meta name="ColumnType" content="要闻动态">
<meta name="ArticleTitle" content="${escapeHtml(report.title)}">
<meta name="PubDate" content="${facts.date} ${facts.time}">
<meta name="ContentSource" content="${escapeHtml(facts.source)}">
<meta name="Keywords" content="生态环境部,要闻">
<meta name="Url" content="${escapeHtml(facts.url)}">
<link rel="stylesheet" href="/images/mee_index.css">
<script>var _hmt = _hmt || []; (function () { var hm = document.createElement("script"); hm.src = "https://hm.example/hm.js"; })();</script>
</head>
<body>
<div class="header">
  <div class="top"><a href="/wza">无障碍浏览</a> | <a href="/en">English</a> | <a href="/m">手机版</a> | <a href="/weibo">官方微博</a></div>
  <div class="logo"><img src="/images/logo.png" alt="中华人民共和国生态环境部"></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/zjhb">机构职能</a></li><li><a href="/ywdt">新闻发布</a></li>
    <li><a href="/zcwj">政策文件</a></li><li><a href="/xxgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li>
  </ul>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/ywdt">新闻发布</a> &gt; <a href="/ywdt/hjywnews">要闻动态</a></div>
<div class="main">
  <div class="content">
    <h1 class="cjcx_biaoti">${escapeHtml(report.title)}</h1>
    <div class="wzxq_neirong1">
      <span>${facts.date}</span> <span>来源：${escapeHtml(facts.source)}</span>
      <span class="zihao">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>
      <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a>
    </div>
    <div class="neiright_JPZ_GK_CP">
      <div class="TRS_Editor">
${paragraphsHtml(report, '')}
      </div>
    </div>
    <div class="fenxiang">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  </div>
  <div class="xgxw">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/a1">关于开展2021年六五环境日宣传活动的通知</a><span>2021-05-20</span></li>
      <li><a href="/a2">生态环境部召开2021年第二季度例行新闻发布会</a><span>2021-04-28</span></li>
      <li><a href="/a3">全国生态环境系统深入学习贯彻习近平生态文明思想</a><span>2021-04-12</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="/wzdt">网站地图</a> | <a href="/lxwm">联系我们</a> | <a href="/sm">使用帮助</a></p>
  <p>版权所有：中华人民共和国生态环境部 地址：北京市东城区东长安街12号 邮编：100006</p>
  <p>京ICP备05009132号 网站标识码：bm17000009</p>
</div>
</body>
</html>
`;
  return { html, chrome };
}

/** A page of a newspaper's site: og:* and article:published_time, a 来源/作者/责任编辑 line, share, related, comments. */
export function buildNewspaperPage(report: PlainReport, facts: PageFacts): BuiltPage {
  const chrome = [
    '中国环境网首页',
    '登录',
    '微信扫一扫',
    '责任编辑',
    '作者：',
    '相关新闻',
    '专家解读：如何打好蓝天保卫战',
    '热点排行',
    '网友评论',
    '发表评论',
    '本网站所刊登的各种新闻',
    'Copyright',
    '广告',
  ];
  const html = `<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} - 中国环境网</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(report.title)}">
<meta property="og:site_name" content="中国环境网">
<meta property="og:url" content="${escapeHtml(facts.url)}">
<meta property="article:published_time" content="${facts.date}T${facts.time}:00+08:00">
<meta name="author" content="${escapeHtml(facts.author)}">
<meta name="description" content="${escapeHtml(report.paragraphs[0]!.join('').slice(0, 60))}">
<link rel="canonical" href="${escapeHtml(facts.url)}">
<style>.share a{margin:0 4px}</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">中国环境网首页</a>
  <nav><a href="/news">要闻</a> <a href="/comment">评论</a> <a href="/local">地方</a> <a href="/video">视频</a> <a href="/epaper">数字报</a></nav>
  <div class="user"><a href="/login">登录</a> | <a href="/register">注册</a></div>
  <div class="ad banner">广告 生态产品博览会 5月开幕</div>
</header>
<main class="layout">
  <article class="article">
    <h1 class="article-title">${escapeHtml(report.title)}</h1>
    <div class="article-info">
      <span class="source">来源：${escapeHtml(facts.source)}</span>
      <span class="author">作者：${escapeHtml(facts.author)}</span>
      <span class="editor">责任编辑：张佳</span>
      <time datetime="${facts.date}T${facts.time}">${facts.date} ${facts.time}</time>
    </div>
    <div class="share"><a href="#">微信扫一扫</a><a href="#">新浪微博</a><a href="#">QQ空间</a><a href="#" onclick="print()">打印</a></div>
    <div id="article-body" class="article-content">
${paragraphsHtml(report, '　　')}
    </div>
    <p class="article-editor">（责任编辑：张佳）</p>
  </article>
  <aside class="related">
    <h2>相关新闻</h2>
    <ul>
      <li><a href="/r1">专家解读：如何打好蓝天保卫战</a></li>
      <li><a href="/r2">多地召开生态环境保护工作会议部署全年任务</a></li>
      <li><a href="/r3">生态环境部通报2019年12月全国空气质量状况</a></li>
      <li><a href="/r4">黄河流域生态保护和高质量发展座谈会召开</a></li>
    </ul>
  </aside>
  <aside class="hot">
    <h2>热点排行</h2>
    <ol><li><a href="/h1">垃圾分类新规今起实施</a></li><li><a href="/h2">长江禁渔进入第二年</a></li><li><a href="/h3">全国碳市场上线交易</a></li></ol>
  </aside>
  <section class="comments">
    <h2>网友评论</h2>
    <p class="empty">还没有评论，快来抢沙发吧！</p>
    <form><textarea></textarea><button>发表评论</button></form>
  </section>
</main>
<footer>
  <p>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为中国环境网版权所有，未经协议授权禁止下载使用。</p>
  <p>Copyright © 2020 中国环境网 All Rights Reserved</p>
</footer>
</body>
</html>
`;
  return { html, chrome };
}

/** A page of a provincial department's older site: GB2312, a table layout, 发布时间/来源/浏览次数, 上一篇/下一篇. */
export function buildProvincialPage(report: PlainReport, facts: PageFacts): BuiltPage {
  const chrome = [
    '嘉川省生态环境厅欢迎您',
    '机构概况',
    '您现在的位置',
    '浏览次数',
    '【打印本页】',
    '【关闭窗口】',
    '上一篇',
    '下一篇',
    '主办单位',
    '技术支持',
    '川ICP备',
  ];
  const html = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${escapeHtml(report.title)}--嘉川省生态环境厅</title>
<meta name="publishdate" content="${facts.date}">
<meta name="source" content="${escapeHtml(facts.source)}">
<meta name="author" content="${escapeHtml(facts.author)}">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="banner">嘉川省生态环境厅欢迎您 <a href="/">首页</a> | <a href="/jggk">机构概况</a> | <a href="/zwgk">政务公开</a> | <a href="/hjzl">环境质量</a> | <a href="/hdjl">互动交流</a></td></tr>
  <tr><td class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/gzdt">工作动态</a></td></tr>
  <tr><td>
    <table width="96%" align="center">
      <tr><td class="title" align="center"><font size="5"><b>${escapeHtml(report.title)}</b></font></td></tr>
      <tr><td class="time" align="center">发布时间：${facts.date} ${facts.time}&nbsp;&nbsp;来源：${escapeHtml(facts.source)}&nbsp;&nbsp;作者：${escapeHtml(facts.author)}&nbsp;&nbsp;浏览次数：<span id="hits">1234</span></td></tr>
      <tr><td><div id="zoom">
${paragraphsHtml(report, '&nbsp;&nbsp;')}
      </div></td></tr>
      <tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      <tr><td>上一篇：<a href="/gzdt/1.html">省生态环境厅召开2021年第二季度党风廉政建设会议</a><br>下一篇：<a href="/gzdt/3.html">全省生态环境执法大练兵活动启动</a></td></tr>
    </table>
  </td></tr>
  <tr><td class="foot">主办单位：嘉川省生态环境厅 地址：鹤阳市环保路1号 技术支持：嘉川信息技术有限公司 川ICP备12345678号</td></tr>
</table>
</body>
</html>
`;
  return { html, chrome };
}
