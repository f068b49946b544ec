//! The words of accounts: logging in and out, registering with a real name, the
//! session, the identity acted as, and the e-licences on file.

/// A message about the user's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountsMsg {
    LogIn,
    Register,
    LogOut,
    LoginTitle,
    LoginIntro,
    PasswordTab,
    SmsTab,
    MobileLabel,
    PasswordLabel,
    SmsCodeLabel,
    SendCode,
    CodeSent,
    TextSentTo,
    RegisterCodeHint,
    FinishRegistration,
    ChangeDetails,
    NoAccountYet,
    RegisterNow,
    HaveAccount,
    RegisterTitle,
    RegisterIntro,
    NameLabel,
    ResidentIdLabel,
    PasswordRule,
    SessionEnded,
    LoginToSee,
    HallStaff,
    ActingAs,
    ActingHint,
    Myself,
    Licences,
    NoLicences,
    ValidLongTerm,
    ValidUntil,
    RealNameLevel(u8),
    EnterPassword,
    EnterCode,
}

impl AccountsMsg {
    /// The message in Simplified Chinese.
    pub(super) fn zh(self) -> String {
        let text = match self {
            Self::LogIn => "登录",
            Self::Register => "注册",
            Self::LogOut => "退出登录",
            Self::LoginTitle => "登录办事大厅",
            Self::LoginIntro => "用注册时的手机号码登录，申请、进度和预约随时可查",
            Self::PasswordTab => "密码登录",
            Self::SmsTab => "验证码登录",
            Self::MobileLabel => "手机号码",
            Self::PasswordLabel => "密码",
            Self::SmsCodeLabel => "短信验证码",
            Self::SendCode => "获取验证码",
            Self::CodeSent => "验证码已发送，5 分钟内有效",
            Self::TextSentTo => "短信已发送至",
            Self::RegisterCodeHint => {
                "请输入短信中的 6 位验证码完成注册，5 分钟内有效。如果短信里没有验证码，它会说明原因（例如该号码已注册）。"
            }
            Self::FinishRegistration => "完成注册",
            Self::ChangeDetails => "修改注册信息",
            Self::NoAccountYet => "还没有账号？",
            Self::RegisterNow => "实名注册",
            Self::HaveAccount => "已有账号？",
            Self::RegisterTitle => "实名注册",
            Self::RegisterIntro => "请填写与居民身份证一致的信息。注册后即可在线办事。",
            Self::NameLabel => "姓名",
            Self::ResidentIdLabel => "居民身份证号码",
            Self::PasswordRule => "至少 8 位，含大写字母、小写字母、数字、符号中的三种",
            Self::SessionEnded => "登录已失效，请重新登录。您正在办理的内容已保留。",
            Self::LoginToSee => "登录后可查看个人信息和电子证照，并可代表企业办事",
            Self::HallStaff => "窗口工作人员",
            Self::ActingAs => "办事身份",
            Self::ActingHint => "以企业身份办事时，申请以企业名义提交，并在顶部显示",
            Self::Myself => "本人",
            Self::Licences => "我的电子证照",
            Self::NoLicences => "暂无电子证照",
            Self::ValidLongTerm => "长期有效",
            Self::ValidUntil => "有效期至",
            Self::RealNameLevel(level) => return format!("实名认证 {level} 级"),
            Self::EnterPassword => "请填写密码",
            Self::EnterCode => "请填写短信验证码",
        };
        text.to_owned()
    }

    /// The message in English.
    pub(super) fn en(self) -> String {
        let text = match self {
            Self::LogIn => "Log in",
            Self::Register => "Register",
            Self::LogOut => "Log out",
            Self::LoginTitle => "Log in to the service hall",
            Self::LoginIntro => {
                "Log in with the mobile number you registered: applications, progress and bookings in one place"
            }
            Self::PasswordTab => "Password",
            Self::SmsTab => "SMS code",
            Self::MobileLabel => "Mobile number",
            Self::PasswordLabel => "Password",
            Self::SmsCodeLabel => "SMS code",
            Self::SendCode => "Send code",
            Self::CodeSent => "Code sent; valid for 5 minutes",
            Self::TextSentTo => "We have texted",
            Self::RegisterCodeHint => {
                "Enter the 6-digit code from the text to finish registering; it is valid for 5 minutes. If the text has no code, it says why (for example, that the number is registered already)."
            }
            Self::FinishRegistration => "Finish registering",
            Self::ChangeDetails => "Change the details",
            Self::NoAccountYet => "No account yet?",
            Self::RegisterNow => "Register",
            Self::HaveAccount => "Already registered?",
            Self::RegisterTitle => "Register with your real name",
            Self::RegisterIntro => {
                "Enter your details exactly as on your resident ID card. Once registered you can apply online."
            }
            Self::NameLabel => "Name",
            Self::ResidentIdLabel => "Resident ID number",
            Self::PasswordRule => {
                "At least 8 characters, with three of: capitals, small letters, digits, symbols"
            }
            Self::SessionEnded => {
                "Your session has ended. Please log in again; what you were doing is kept."
            }
            Self::LoginToSee => {
                "Log in to see your profile and e-licences and to act for your company"
            }
            Self::HallStaff => "Hall staff",
            Self::ActingAs => "Acting as",
            Self::ActingHint => {
                "When you act for a company, applications are made in its name, as shown at the top"
            }
            Self::Myself => "Myself",
            Self::Licences => "My e-licences",
            Self::NoLicences => "No e-licences on file",
            Self::ValidLongTerm => "No expiry",
            Self::ValidUntil => "Valid until",
            Self::RealNameLevel(level) => return format!("Real-name level {level}"),
            Self::EnterPassword => "Please enter your password",
            Self::EnterCode => "Please enter the code from the SMS",
        };
        text.to_owned()
    }
}
