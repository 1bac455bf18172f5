/** The deployed sign-in page (OpenID Connect: Cognito managed login or the district's provider), as `app.signIn.*`. */
export const signInZh = {
  intro: '请使用区教育局为您开通的账号登录。点击下方按钮后将跳转到统一身份认证页面。',
  sign_in: '前往统一身份认证登录',
  redirecting: '正在跳转到登录页面…',
  completing: '正在完成登录…',
  signed_out: '您已退出登录。',
  no_role: '该账号在课后服务平台中没有角色（区教育局管理员、学校管理员或校外机构），无法登录。请联系区教育局开通。',
  failed: '登录未完成（%{detail}）。请重试。',
  unreachable: '无法连接统一身份认证服务，请检查网络后重试。',
};
