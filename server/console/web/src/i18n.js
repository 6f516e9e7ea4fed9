// SPDX-License-Identifier: GPL-3.0-or-later
// Two languages: Mandarin (the default, zh-CN) and English. Each page module brings its own words
// (`strings`), registered by the shell; the words every page shares live here. The choice is kept
// in localStorage and <html lang> follows it, so screen readers read with the right voice.

const STORAGE_KEY = 'kiosk-console-lang';
const HTML_LANG = { zh: 'zh-CN', en: 'en' };

const shared = {
  zh: {
    'app.siteName': '社区服务站协调台',
    'app.skip': '跳到主要内容',
    'app.nav': '主菜单',
    'app.signOut': '退出登录',
    'app.switchTo': 'English',
    'app.signedInAs': '{name}（{role}）',
    'app.loading': '正在加载…',
    'app.notFound': '没有这个页面',
    'app.notFoundText': '请从上面的菜单选择要去的页面。',
    'app.signedOut': '您已退出登录。',
    'app.languageChanged': '已切换为中文',
    'app.noscript': '这个页面需要开启 JavaScript。',
    'role.city': '市级协调员',
    'role.district': '区级协调员',
    'role.station': '服务站工作人员',
    'common.none': '无',
    'common.ok': '确定',
    'common.cancel': '取消',
    'common.save': '保存',
    'common.all': '全部',
    'common.yes': '是',
    'common.no': '否',
    'common.required': '请填写“{field}”。',
    'common.maskedNote': '部分号码已隐藏',
    'common.previous': '上一页',
    'common.next': '下一页',
    'common.pageOf': '第 {from}–{to} 项，共 {total} 项',
    'common.back': '返回',
    'common.details': '详情',
    'common.filter': '筛选',
    'common.reset': '清除筛选',
    'common.district': '区',
    'common.station': '服务站',
    'common.anyDistrict': '所有区',
    'common.anyStation': '所有服务站',
    'error.signed_out': '请先登录。',
    'error.session_expired': '您有一段时间没有操作，为了安全已自动退出。请重新登录。',
    'error.wrong_sign_in': '账号或密码不对，请再试一次。',
    'error.too_many_attempts': '登录失败次数太多。请在 {minutes} 分钟后再试。',
    'error.forbidden': '您的账号没有做这件事的权限。',
    'error.csrf': '页面已过期，请刷新页面后再试。',
    'error.not_found': '没有找到这一项，它可能不在您负责的范围内，或已被删除。',
    'error.conflict': '现在不能这样改，可能别人刚刚改过。请刷新后再看。',
    'error.invalid_field': '有一项填写得不对，请检查后再试。',
    'error.invalid_field_named': '“{field}”填写得不对，请检查后再试。',
    'error.invalid_request': '请求不完整，请检查填写的内容。',
    'error.storage_unavailable': '服务器暂时无法保存或读取数据，请稍后再试。',
    'error.busy': '服务器正忙，请过一会儿再试。',
    'error.network': '连不上服务器。请检查网络后再试。',
    'error.unknown': '出了点问题（{status}）。请稍后再试。',
    'kind.help': '志愿服务请求',
    'kind.application': '证件申请',
    'kind.home_assessment': '入户评估',
    'kind.fee_waiver': '费用减免',
    'kind.booking': '预约',
    'kind.staff_call': '呼叫工作人员',
    'status.submitted': '新收到',
    'status.accepted': '已受理',
    'status.assigned': '已安排志愿者',
    'status.done': '已完成',
    'status.cancelled': '已取消',
    'status.refused': '未通过',
    'status.pending': '待确认',
    'status.held': '待确认',
    'status.confirmed': '已确认',
    'status.open': '待处理',
    'status.called_back': '已回电',
    'status.approved': '已批准',
    'status.rejected': '已拒绝',
  },
  en: {
    'app.siteName': 'Service station console',
    'app.skip': 'Skip to main content',
    'app.nav': 'Main menu',
    'app.signOut': 'Sign out',
    'app.switchTo': '中文',
    'app.signedInAs': '{name} ({role})',
    'app.loading': 'Loading…',
    'app.notFound': 'Page not found',
    'app.notFoundText': 'Please choose a page from the menu above.',
    'app.signedOut': 'You have signed out.',
    'app.languageChanged': 'Switched to English',
    'app.noscript': 'This page needs JavaScript.',
    'role.city': 'City coordinator',
    'role.district': 'District coordinator',
    'role.station': 'Station staff',
    'common.none': 'None',
    'common.ok': 'OK',
    'common.cancel': 'Cancel',
    'common.save': 'Save',
    'common.all': 'All',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.required': 'Please fill in “{field}”.',
    'common.maskedNote': 'partly hidden',
    'common.previous': 'Previous page',
    'common.next': 'Next page',
    'common.pageOf': 'Items {from}–{to} of {total}',
    'common.back': 'Back',
    'common.details': 'Details',
    'common.filter': 'Filter',
    'common.reset': 'Clear filters',
    'common.district': 'District',
    'common.station': 'Station',
    'common.anyDistrict': 'All districts',
    'common.anyStation': 'All stations',
    'error.signed_out': 'Please sign in first.',
    'error.session_expired': 'You were signed out after a while without activity, to keep records safe. Please sign in again.',
    'error.wrong_sign_in': 'The login or password is not right. Please try again.',
    'error.too_many_attempts': 'Too many failed sign-ins. Please try again in {minutes} minutes.',
    'error.forbidden': 'Your account may not do this.',
    'error.csrf': 'This page is out of date. Please reload it and try again.',
    'error.not_found': 'This item was not found. It may be outside your area, or it was removed.',
    'error.conflict': 'This change is not possible now; someone may have just changed it. Please reload and look again.',
    'error.invalid_field': 'Something filled in is not right. Please check and try again.',
    'error.invalid_field_named': '“{field}” is not right. Please check it and try again.',
    'error.invalid_request': 'The request is incomplete. Please check what you filled in.',
    'error.storage_unavailable': 'The server cannot read or save data just now. Please try again shortly.',
    'error.busy': 'The server is busy. Please try again in a moment.',
    'error.network': 'Cannot reach the server. Please check the network and try again.',
    'error.unknown': 'Something went wrong ({status}). Please try again shortly.',
    'kind.help': 'Help request',
    'kind.application': 'Certificate application',
    'kind.home_assessment': 'Home assessment',
    'kind.fee_waiver': 'Fee waiver',
    'kind.booking': 'Booking',
    'kind.staff_call': 'Staff call',
    'status.submitted': 'New',
    'status.accepted': 'Accepted',
    'status.assigned': 'Volunteer arranged',
    'status.done': 'Done',
    'status.cancelled': 'Cancelled',
    'status.refused': 'Not accepted',
    'status.pending': 'To confirm',
    'status.held': 'To confirm',
    'status.confirmed': 'Confirmed',
    'status.open': 'Open',
    'status.called_back': 'Called back',
    'status.approved': 'Approved',
    'status.rejected': 'Rejected',
  },
};

const dictionaries = { zh: { ...shared.zh }, en: { ...shared.en } };
const listeners = new Set();
let lang = 'zh';

/** Adds a page module's words: {zh: {...}, en: {...}}. */
export function registerStrings(strings) {
  for (const code of ['zh', 'en']) Object.assign(dictionaries[code], strings?.[code] || {});
}

/** t('queue.count', {total: 3}): the word in the chosen language, {name} filled from params. */
export function t(key, params = {}) {
  const text = dictionaries[lang][key] ?? dictionaries.zh[key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** Whether a word exists (for values from the server that may have no translation). */
export function has(key) {
  return key in dictionaries[lang] || key in dictionaries.zh;
}

/** A translated word for a server value, or the value itself when there is none. */
export function tOr(key, fallback) {
  return has(key) ? t(key) : fallback;
}

export function getLang() {
  return lang;
}

export function setLang(code) {
  lang = code === 'en' ? 'en' : 'zh';
  document.documentElement.lang = HTML_LANG[lang];
  try { window.localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode: not kept */ }
  for (const fn of listeners) fn(lang);
}

export function onLangChange(fn) {
  listeners.add(fn);
}

/** The remembered choice, else Mandarin. */
export function initLang() {
  let saved = null;
  try { saved = window.localStorage.getItem(STORAGE_KEY); } catch { saved = null; }
  lang = saved === 'en' ? 'en' : 'zh';
  document.documentElement.lang = HTML_LANG[lang];
}
