import type { Messages } from '../internal/localize/en.js';
import { formatNumber, plural } from '../internal/format.js';
import { cardBrandName } from '../internal/localize/card-brand.js';

// Every number goes through `Intl`, so the digits are the ones the `ar` locale writes.
const n = (locale: string, value: number) => formatNumber(locale, value);

/**
 * A counted noun in the six Arabic plural forms: zero, one (the noun with واحد), two (the dual),
 * few (3–10: the plural), many (11–99: the singular, accusative) and other (100+: the singular).
 * `forms.one` and `forms.two` are written without the number, as Arabic says them.
 */
function counted(
  locale: string,
  count: number,
  forms: { zero: string; one: string; two: string; few: string; many: string; other: string },
): string {
  const number = n(locale, count);
  return plural(locale, count, {
    zero: forms.zero.replace('#', number),
    one: forms.one,
    two: forms.two,
    few: forms.few.replace('#', number),
    many: forms.many.replace('#', number),
    other: forms.other.replace('#', number),
  });
}

const BILLING_STATUSES: Record<string, string> = {
  active: 'نشط',
  trialing: 'فترة تجريبية',
  past_due: 'متأخر السداد',
  canceled: 'ملغى',
};

const INVOICE_STATUSES: Record<string, string> = {
  paid: 'مدفوعة',
  open: 'مستحقة',
  void: 'باطلة',
  uncollectible: 'غير قابلة للتحصيل',
};

const SUBSCRIPTION_KINDS: Record<string, string> = {
  job_plan: 'خطة المهام',
  workspace_capacity: 'سعة مساحة العمل',
};

const SUBSCRIPTION_STATUSES: Record<string, string> = {
  active: 'نشط',
  trialing: 'فترة تجريبية',
  past_due: 'متأخر السداد',
  canceled: 'منتهٍ',
};

/** Arabic (Modern Standard) messages for every element. Register with `registerTranslation('ar', ar)`. */
export const ar: Messages = {
  // states
  'state.loading': 'جارٍ التحميل…',
  'state.empty': 'لا يوجد شيء هنا بعد.',
  'state.retry': 'إعادة المحاولة',
  'state.dismiss': 'إغلاق',

  // errors
  'error.unauthorized': 'انتهت صلاحية جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  'error.forbidden': 'ليس لديك إذن بتنفيذ هذا الإجراء.',
  'error.reauth_required': 'حفاظًا على أمانك، أكّد هويتك مرة أخرى للمتابعة.',
  'error.not_found': 'لم يعد هذا العنصر موجودًا. ربما تمت إزالته.',
  'error.conflict': 'يتعارض هذا التغيير مع الحالة الحالية. حدّث الصفحة وحاول مرة أخرى.',
  'error.validation': 'بعض المعلومات غير صالحة. راجع الحقول المميزة.',
  'error.rate_limited': (locale: string, seconds?: number) =>
    seconds
      ? `طلبات كثيرة جدًا. حاول مرة أخرى بعد ${counted(locale, seconds, {
          zero: '# ثانية',
          one: 'ثانية واحدة',
          two: 'ثانيتين',
          few: '# ثوانٍ',
          many: '# ثانية',
          other: '# ثانية',
        })}.`
      : 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  'error.unavailable': 'الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.',
  'error.network': 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
  'error.timeout': 'استغرق الخادم وقتًا طويلًا للرد. حاول مرة أخرى.',
  'error.aborted': 'تم إلغاء الطلب.',
  'error.unknown': 'حدث خطأ ما. حاول مرة أخرى.',
  'error.noClient': 'لم يتم إعداد عميل للحساب.',
  'error.noClientHint': 'اضبط الخاصية client للعنصر، أو ضعه داخل <so-account-provider>، أو استدعِ setDefaultAccountClient().',

  // confirm dialog
  'dialog.heading': 'هل أنت متأكد؟',
  'dialog.confirm': 'تأكيد',
  'dialog.cancel': 'إلغاء',
  'dialog.typeToConfirm': (_locale: string, phrase: string) => `اكتب ${phrase} للتأكيد`,
  'dialog.typeMismatch': 'النص لا يتطابق بعد.',
  'dialog.busy': 'جارٍ التنفيذ…',

  // secret field
  'secret.label': 'المفتاح السري',
  'secret.masked': (_locale: string, prefix: string, last4: string) => `${prefix}…${last4}، مخفي`,
  'secret.reveal': 'إظهار',
  'secret.hide': 'إخفاء',
  'secret.copy': 'نسخ',
  'secret.revealLabel': 'إظهار المفتاح السري',
  'secret.hideLabel': 'إخفاء المفتاح السري',
  'secret.copyLabel': 'نسخ المفتاح السري',
  'secret.revealFailed': 'تعذّر إظهار المفتاح السري. حاول مرة أخرى.',
  'secret.copyFailedHidden': 'تعذّر النسخ إلى الحافظة. حاول مرة أخرى.',
  'secret.copied': 'تم النسخ إلى الحافظة.',
  'secret.copyFailed': 'تعذّر النسخ تلقائيًا. حدّد النص وانسخه بنفسك.',
  'secret.revealed': 'تم إظهار المفتاح السري.',
  'secret.hidden': 'تم إخفاء المفتاح السري.',
  'secret.autoHide': (locale: string, seconds: number) =>
    `يُخفى مرة أخرى بعد ${counted(locale, seconds, {
      zero: '# ثانية',
      one: 'ثانية واحدة',
      two: 'ثانيتين',
      few: '# ثوانٍ',
      many: '# ثانية',
      other: '# ثانية',
    })}.`,

  // <so-secret-once>
  'secretOnce.heading': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'احفظ مفتاحك السري الجديد',
      two: 'احفظ مفتاحيك السريين الجديدين',
      other: 'احفظ مفاتيحك السرية الجديدة',
    }),
  'secretOnce.warning': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'لن يظهر هذا المفتاح السري مرة أخرى. انسخه الآن واحفظه في مكان آمن. إذا فقدته، فستحتاج إلى مفتاح جديد.',
      two: 'لن يظهر هذان المفتاحان السريان مرة أخرى. انسخهما الآن واحفظهما في مكان آمن. إذا فقدت أحدهما، فستحتاج إلى مفتاح جديد.',
      other: 'لن تظهر هذه المفاتيح السرية مرة أخرى. انسخها الآن واحفظها في مكان آمن. إذا فقدت أحدها، فستحتاج إلى مفتاح جديد.',
    }),
  'secretOnce.dismiss': 'لقد حفظته',
  'secretOnce.dismissMany': 'لقد حفظتها',

  // <so-api-key-panel>: header
  'apiKeyPanel.heading': 'مفاتيح API',
  'apiKeyPanel.description':
    'تُستخدم المفاتيح لمصادقة الطلبات المرسلة إلى API. تعامل معها ككلمات المرور: لا تشاركها أبدًا ولا تضعها في التعليمات البرمجية على جانب العميل.',
  'apiKeyPanel.appHeading': 'بيانات اعتماد التطبيق',
  'apiKeyPanel.appDescription': 'يُعرّف تطبيقك نفسه بمعرّف التطبيق ويُثبت هويته بالمفتاح السري للتطبيق. احتفظ بالمفتاح السري على خادمك.',
  'apiKeyPanel.readOnly':
    'يمكنك عرض هذه المفاتيح، لكن لا يمكنك إنشاؤها أو تدويرها أو إبطالها: يتطلب ذلك إذنًا بإدارة مفاتيح API. اطلب ذلك من مالك المؤسسة أو مسؤولها.',
  'apiKeyPanel.listLabel': 'مفاتيح API',

  // states
  'apiKeyPanel.empty': 'لا توجد مفاتيح API بعد.',
  'apiKeyPanel.emptyCreate': 'أنشئ مفتاحًا لتبدأ في استدعاء API.',
  'apiKeyPanel.emptyApp': 'لا يوجد مفتاح سري لهذا التطبيق بعد.',

  // a key
  'apiKeyPanel.status.expiring': 'ينتهي قريبًا',
  'apiKeyPanel.status.expired': 'منتهي الصلاحية',
  'apiKeyPanel.status.revoked': 'مُبطل',
  'apiKeyPanel.created': 'تاريخ الإنشاء',
  'apiKeyPanel.lastUsed': 'آخر استخدام',
  'apiKeyPanel.neverUsed': 'لم يُستخدم',
  'apiKeyPanel.expires': 'تاريخ الانتهاء',
  'apiKeyPanel.expired': 'انتهت الصلاحية',
  'apiKeyPanel.stopsWorking': 'يتوقف عن العمل',
  'apiKeyPanel.scopes': 'النطاقات',
  'apiKeyPanel.separator': ' · ',
  'apiKeyPanel.appId': 'معرّف التطبيق',
  'apiKeyPanel.copyAppId': 'نسخ',
  'apiKeyPanel.copyAppIdLabel': 'نسخ معرّف التطبيق',
  'apiKeyPanel.appIdCopied': 'تم نسخ معرّف التطبيق إلى الحافظة.',
  'apiKeyPanel.appIdCopyFailed': 'تعذّر النسخ تلقائيًا. تم تحديد معرّف التطبيق: انسخه بنفسك.',

  // actions
  'apiKeyPanel.create': 'إنشاء مفتاح',
  'apiKeyPanel.rotate': 'تدوير',
  'apiKeyPanel.rotateLabel': (_locale: string, name: string) => `تدوير ${name}`,
  'apiKeyPanel.revoke': 'إبطال',
  'apiKeyPanel.revokeLabel': (_locale: string, name: string) => `إبطال ${name}`,
  'apiKeyPanel.revoked': (_locale: string, name: string) => `تم إبطال ${name}.`,

  // safe rotation
  'apiKeyPanel.guidanceSummary': 'كيفية تدوير مفتاح بأمان',
  'apiKeyPanel.stepGenerate': 'أنشئ المفتاح الجديد أولًا، وانسخه عند عرضه: فهو يُعرض مرة واحدة فقط.',
  'apiKeyPanel.stepDeploy': (_locale: string, variable: string) =>
    `انشره في كل بيئة تستخدم المفتاح القديم، باسم ${variable} أو ما يعادله لديك.`,
  'apiKeyPanel.stepConfirm': 'تأكّد من توقف استخدام المفتاح القديم: يتوقف وقت آخر استخدام له عن التغير. ثم اتركه ينتهي أو أبطله.',

  // rotate dialog
  'apiKeyPanel.rotateHeading': (_locale: string, name: string) => `تدوير «${name}»؟`,
  'apiKeyPanel.rotateConfirm': 'تدوير المفتاح',
  'apiKeyPanel.rotateNow': 'يتوقف المفتاح الحالي عن العمل فورًا. حدّث كل تكامل يستخدمه.',
  'apiKeyPanel.rotateLater': (_locale: string, duration: string) =>
    `يظل المفتاح الحالي يعمل لمدة ${duration}، ثم يتوقف. حدّث كل تكامل يستخدمه قبل ذلك.`,
  'apiKeyPanel.rotateSteps': 'للتدوير دون انقطاع في الخدمة:',
  'apiKeyPanel.graceLegend': 'متى يجب أن يتوقف المفتاح الحالي عن العمل؟',
  'apiKeyPanel.graceNow': 'فورًا',
  'apiKeyPanel.graceAfter': (_locale: string, duration: string) => `بعد ${duration}`,

  // revoke dialog
  'apiKeyPanel.revokeHeading': (_locale: string, name: string) => `إبطال «${name}»؟`,
  'apiKeyPanel.revokeConfirm': 'إبطال المفتاح',
  'apiKeyPanel.revokeBody': 'تتوقف الطلبات التي تستخدم هذا المفتاح عن العمل فورًا. لا يمكن التراجع عن ذلك.',

  // create dialog
  'apiKeyPanel.createHeading': 'إنشاء مفتاح API',
  'apiKeyPanel.createConfirm': 'إنشاء المفتاح',
  'apiKeyPanel.nameLabel': 'الاسم',
  'apiKeyPanel.nameHint': (locale: string, max: number) =>
    `اذكر مكان استخدام المفتاح، مثل «خادم الإنتاج». ${counted(locale, max, {
      zero: 'بحد أقصى # حرف',
      one: 'بحد أقصى حرف واحد',
      two: 'بحد أقصى حرفين',
      few: 'بحد أقصى # أحرف',
      many: 'بحد أقصى # حرفًا',
      other: 'بحد أقصى # حرف',
    })}.`,
  'apiKeyPanel.nameRequired': 'أدخل اسمًا للمفتاح.',
  'apiKeyPanel.nameTooLong': (locale: string, max: number) =>
    `استخدم ${counted(locale, max, {
      zero: '# حرف',
      one: 'حرفًا واحدًا',
      two: 'حرفين',
      few: '# أحرف',
      many: '# حرفًا',
      other: '# حرف',
    })} كحد أقصى.`,
  'apiKeyPanel.nameTaken': 'يوجد مفتاح بهذا الاسم بالفعل. اختر اسمًا آخر.',
  'apiKeyPanel.nameRejected': 'لم يقبل الخادم هذا الاسم. جرّب اسمًا آخر.',
  'apiKeyPanel.expiryLegend': 'تاريخ الانتهاء',
  'apiKeyPanel.expiryNever': 'بلا انتهاء',
  'apiKeyPanel.expiryDays': (locale: string, days: number, date: string) =>
    `بعد ${counted(locale, days, {
      zero: '# يوم',
      one: 'يوم واحد',
      two: 'يومين',
      few: '# أيام',
      many: '# يومًا',
      other: '# يوم',
    })} (${date})`,
  'apiKeyPanel.expiryDate': 'في تاريخ محدد',
  'apiKeyPanel.expiryDateLabel': 'تاريخ الانتهاء',
  'apiKeyPanel.expiryDateRequired': 'اختر تاريخ انتهاء صلاحية المفتاح.',
  'apiKeyPanel.expiryDatePast': 'اختر تاريخًا بعد اليوم.',
  'apiKeyPanel.expiryRejected': 'لم يقبل الخادم هذا التاريخ. اختر تاريخًا آخر.',
  'apiKeyPanel.scopesLegend': 'النطاقات (اختياري)',
  'apiKeyPanel.scopesHint': 'حدّد ما يمكن للمفتاح فعله. اترك الكل دون تحديد للوصول الافتراضي.',
  'apiKeyPanel.scopesRejected': 'لم يقبل الخادم هذه النطاقات.',

  // shown after create and rotate
  'apiKeyPanel.deployHint': (_locale: string, variable: string) =>
    `خزّنه باسم ${variable} (أو ما يعادله لديك) في كل بيئة تحتاج إليه.`,

  // <so-usage-meter>
  'usageMeter.listLabel': 'استخدام الخطة',
  'usageMeter.defaultLabel': 'الاستخدام',
  'usageMeter.empty': 'لا يوجد استخدام لعرضه بعد.',
  'usageMeter.metric.requests': 'الطلبات',
  'usageMeter.metric.tokens': 'الرموز',
  'usageMeter.metric.storage': 'التخزين',
  'usageMeter.usedOfLimit': (_locale: string, used: string, limit: string) => `${used} من ${limit}`,
  'usageMeter.used': (_locale: string, used: string) => `تم استخدام ${used}`,
  'usageMeter.unlimited': 'غير محدود',
  'usageMeter.notIncluded': 'غير مشمول في خطتك',
  'usageMeter.limitUnavailable': 'الحد غير متاح',
  'usageMeter.unavailable': 'بيانات الاستخدام غير متاحة',
  'usageMeter.overBy': (_locale: string, overage: string) => `${overage} فوق الحد`,
  'usageMeter.status.warning': 'يقترب من الحد',
  'usageMeter.status.danger': 'الحد على وشك الوصول',
  'usageMeter.status.reached': 'تم الوصول إلى الحد',
  'usageMeter.status.over': 'تجاوز الحد',
  'usageMeter.valueText': (locale: string, used: string, limit: string, label: string, percent: number, overLimit: boolean) =>
    `${label}: ${used} من ${limit}، ${formatNumber(locale, percent)} بالمئة${overLimit ? '، تجاوز الحد' : ''}`,
  'usageMeter.renews': (_locale: string, date: string) => `يتجدد في ${date}`,
  'usageMeter.peak': (_locale: string, value: string) => `الذروة ${value}`,
  'usageMeter.peakOn': (_locale: string, value: string, date: string) => `الذروة ${value} في ${date}`,
  'usageMeter.analyticsLink': 'عرض تحليلات الاستخدام',

  // <so-billing-card>
  'billingCard.planHeading': 'الخطة',
  'billingCard.paymentMethodHeading': 'طريقة الدفع',
  'billingCard.invoicesHeading': 'الفواتير',
  'billingCard.status': (_locale: string, status: string) => BILLING_STATUSES[status] ?? status,
  'billingCard.price': (_locale: string, price: string, interval: string) =>
    interval === 'year' ? `${price} سنويًا` : `${price} شهريًا`,
  'billingCard.renewsOn': (_locale: string, date: string) => `يتجدد في ${date}`,
  'billingCard.trialEndsOn': (_locale: string, date: string) => `فترة تجريبية مجانية حتى ${date}؛ تبدأ الفوترة بعدها`,
  'billingCard.accessEndsOn': (_locale: string, date: string) => `ملغى؛ يستمر الوصول حتى ${date}`,
  'billingCard.endedOn': (_locale: string, date: string) => `انتهى في ${date}`,
  'billingCard.scheduledChange': (_locale: string, planName: string, date: string) =>
    `يتغير إلى ${planName} في ${date} — تسري تغييرات الخطة عند التجديد التالي، فلن تُحاسب مرتين أبدًا.`,
  'billingCard.cardBrand': (_locale: string, brand: string) =>
    cardBrandName(brand, 'بطاقة'),
  'billingCard.cardSummary': (_locale: string, brand: string, last4: string) => `${brand} تنتهي بـ ${last4}`,
  'billingCard.cardExpires': (_locale: string, date: string) => `تنتهي صلاحيتها ${date}`,
  'billingCard.cardExpiringSoon': (_locale: string, month: string) =>
    `تنتهي صلاحيتها قريبًا، في نهاية ${month}. حدّثها لتجنّب انقطاع الخدمة.`,
  'billingCard.cardExpired': (_locale: string, month: string) => `انتهت صلاحيتها في نهاية ${month}.`,
  'billingCard.cardBadgeExpiring': 'تنتهي قريبًا',
  'billingCard.cardBadgeExpired': 'منتهية الصلاحية',
  'billingCard.noPaymentMethod': 'لا توجد طريقة دفع مسجّلة.',
  'billingCard.noPaymentMethodTrial': (_locale: string, date: string) =>
    `أضف طريقة دفع قبل انتهاء فترتك التجريبية في ${date} للاحتفاظ بخطتك.`,
  'billingCard.manageBilling': 'إدارة الفوترة',
  'billingCard.changePaymentMethod': 'تغيير طريقة الدفع',
  'billingCard.addPaymentMethod': 'إضافة طريقة دفع',
  'billingCard.viewInvoices': 'عرض الفواتير',
  'billingCard.opening': 'جارٍ فتح بوابة الفوترة…',
  'billingCard.portalFailed': (_locale: string, reason: string) => `تعذّر فتح بوابة الفوترة. ${reason}`,
  'billingCard.portalUnsafeUrl':
    'أعادت بوابة الفوترة رابطًا ليس عنوان https: آمنًا، لذا لم يتم فتحه. حاول مرة أخرى، أو تواصل مع الدعم إذا تكرر ذلك.',
  'billingCard.portalBlocked': 'حظر متصفحك علامة التبويب الجديدة.',
  'billingCard.portalOpenLink': 'فتح بوابة الفوترة',
  'billingCard.opensInNewTab': '(يُفتح في علامة تبويب جديدة)',
  'billingCard.invoicesInPortal': 'الفواتير والإيصالات موجودة في بوابة الفوترة.',
  'billingCard.problem.card_expired.title': 'انتهت صلاحية بطاقتك',
  'billingCard.problem.card_expired.body': 'راجع إعدادات الدفع: حدّث طريقة الدفع للاحتفاظ بخطتك دون انقطاع.',
  'billingCard.problem.card_declined.title': 'تم رفض آخر دفعة',
  'billingCard.problem.card_declined.body': 'رفض البنك الذي تتعامل معه عملية الخصم. حدّث طريقة الدفع لتجنّب انقطاع الخدمة.',
  'billingCard.problem.requires_action.title': 'يطلب البنك منك تأكيد دفعة',
  'billingCard.problem.requires_action.body': 'أكّد الدفعة لدى البنك الذي تتعامل معه لإبقاء خطتك نشطة.',
  'billingCard.problem.past_due.title': 'دفعتك متأخرة',
  'billingCard.problem.past_due.body': 'تعذّر علينا تحصيل آخر دفعة. حدّث طريقة الدفع لتجنّب فقدان الوصول.',
  'billingCard.problem.other.title': 'توجد مشكلة في الدفع',
  'billingCard.problem.other.body': 'حدّث طريقة الدفع لتجنّب انقطاع الخدمة.',
  'billingCard.problemActionPaymentMethod': 'تحديث طريقة الدفع',
  'billingCard.problemActionConfirm': 'تأكيد الدفع',
  'billingCard.problemReadOnly': 'اطلب من أحد المسؤولين عن فوترة مؤسستك إصلاح ذلك.',
  'billingCard.readOnly':
    'يمكنك عرض الفوترة، لكن لا يستطيع تغيير الخطة أو طريقة الدفع إلا الأشخاص المسموح لهم بإدارة فوترة مؤسستك، مثل مالكيها.',
  'billingCard.noSubscriptionTitle': 'لا يوجد اشتراك نشط',
  'billingCard.noSubscriptionBody': 'اختر خطة للبدء.',
  'billingCard.noSubscriptionReadOnly': 'اطلب من أحد المسؤولين عن فوترة مؤسستك اختيار خطة.',
  'billingCard.choosePlan': 'اختيار خطة',
  'billingCard.invoicesEmpty': 'لا توجد فواتير بعد.',
  'billingCard.invoiceDate': 'التاريخ',
  'billingCard.invoiceNumber': 'الفاتورة',
  'billingCard.invoiceAmount': 'المبلغ',
  'billingCard.invoiceStatusHeader': 'الحالة',
  'billingCard.invoiceStatus': (_locale: string, status: string) => INVOICE_STATUSES[status] ?? status,

  // <so-org-members>: header, search and list
  'orgMembers.heading': 'الأعضاء',
  'orgMembers.count': (locale: string, total: number) =>
    counted(locale, total, { zero: 'لا يوجد أعضاء', one: 'عضو واحد', two: 'عضوان', few: '# أعضاء', many: '# عضوًا', other: '# عضو' }),
  'orgMembers.searchLabel': 'البحث في الأعضاء',
  'orgMembers.searchPlaceholder': 'ابحث بالاسم أو البريد الإلكتروني',
  'orgMembers.searching': 'جارٍ البحث…',
  'orgMembers.searchResults': (locale: string, total: number, query: string) =>
    total === 0
      ? `لا يوجد أعضاء يطابقون «${query}».`
      : counted(locale, total, {
          zero: `لا يوجد أعضاء يطابقون «${query}».`,
          one: `عضو واحد يطابق «${query}».`,
          two: `عضوان يطابقان «${query}».`,
          few: `# أعضاء يطابقون «${query}».`,
          many: `# عضوًا يطابقون «${query}».`,
          other: `# عضو يطابقون «${query}».`,
        }),
  'orgMembers.noMatch': (_locale: string, query: string) => `لا يوجد أعضاء يطابقون «${query}».`,
  'orgMembers.noMatchHint': 'تحقّق من الإملاء، أو ابحث بعنوان البريد الإلكتروني بدلًا من ذلك.',
  'orgMembers.clearSearch': 'مسح البحث',
  'orgMembers.listHint':
    'استخدم مفتاحي السهمين لأعلى ولأسفل للتنقل بين الأعضاء، وHome وEnd للانتقال إلى الأول والأخير، وTab للوصول إلى عناصر التحكم الخاصة بالعضو.',
  'orgMembers.showing': (locale: string, shown: number, total: number) =>
    `عرض ${n(locale, shown)} من ${counted(locale, total, {
      zero: '# عضو',
      one: 'عضو واحد',
      two: 'عضوين',
      few: '# أعضاء',
      many: '# عضوًا',
      other: '# عضو',
    })}`,
  'orgMembers.loadMore': 'تحميل المزيد من الأعضاء',
  'orgMembers.loadingMore': 'جارٍ تحميل المزيد من الأعضاء…',
  'orgMembers.loadMoreFailed': 'تعذّر تحميل المزيد من الأعضاء.',
  'orgMembers.retry': 'إعادة المحاولة',

  // a member's row
  'orgMembers.you': 'أنت',
  'orgMembers.rowLabel': (_locale: string, name: string, role: string, isYou: boolean) =>
    isYou ? `${name} (أنت)، ${role}` : `${name}، ${role}`,
  'orgMembers.roleFor': (_locale: string, name: string) => `دور ${name}`,
  'orgMembers.unknownRole': 'دور غير معروف',
  'orgMembers.joined': (_locale: string, date: string) => `انضم في ${date}`,
  'orgMembers.lastActive': (_locale: string, relative: string) => `آخر نشاط ${relative}`,
  'orgMembers.neverActive': 'لم ينشط بعد',
  'orgMembers.remove': 'إزالة',
  'orgMembers.removeLabel': (_locale: string, name: string) => `إزالة ${name}`,
  'orgMembers.selfNote': 'هذا أنت. لا يمكنك إزالة نفسك من هنا؛ لمغادرة المؤسسة استخدم منطقة الخطر.',
  'orgMembers.lastOwnerNote': 'لا يمكن تخفيض دور المالك الأخير أو إزالته. اجعل عضوًا آخر مالكًا أولًا.',
  'orgMembers.rolesHeading': 'عن الأدوار',

  // states
  'orgMembers.readOnly':
    'يمكنك رؤية أعضاء هذه المؤسسة، لكن ليس لديك إذن بإدارة الأعضاء: لا يستطيع دعوة الأعضاء أو تغيير أدوارهم أو إزالتهم إلا من يملك إذن إدارة الأعضاء.',
  'orgMembers.emptyTitle': 'أنت وحدك حتى الآن',
  'orgMembers.emptyBody': 'ادعُ زملاءك في الفريق للعمل معًا في هذه المؤسسة.',
  'orgMembers.emptyBodyReadOnly': 'لم ينضم أي شخص آخر إلى هذه المؤسسة بعد.',
  'orgMembers.upgradeTitle': 'تتطلب إدارة الأعضاء خطة تشمل المؤسسات',
  'orgMembers.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `لا تشمل خطة ${planName} المؤسسات. قم بالترقية لدعوة زملائك، ومنحهم أدوارًا، وإدارة من يملك حق الوصول.`
      : 'لا تشمل خطتك المؤسسات. قم بالترقية لدعوة زملائك، ومنحهم أدوارًا، وإدارة من يملك حق الوصول.',
  'orgMembers.upgrade': 'ترقية الخطة',
  'orgMembers.dismiss': 'إغلاق',

  // outcomes
  'orgMembers.roleChanged': (_locale: string, name: string, role: string) => `أصبح دور ${name} الآن ${role}.`,
  'orgMembers.roleChangeFailed': (_locale: string, name: string, reason: string) => `تعذّر تغيير دور ${name}. ${reason}`,
  'orgMembers.roleChangeBusy': (_locale: string, name: string) => `لا يزال دور ${name} قيد التغيير. حاول مرة أخرى بعد قليل.`,
  'orgMembers.removed': (_locale: string, name: string) => `تمت إزالة ${name} من المؤسسة.`,
  'orgMembers.removeFailed': (_locale: string, name: string, reason: string) => `تعذّرت إزالة ${name}. ${reason}`,
  'orgMembers.invitedCount': (locale: string, invited: number) =>
    invited === 0
      ? 'لم تُرسل أي دعوات.'
      : counted(locale, invited, {
          zero: 'لم تُرسل أي دعوات.',
          one: 'تم إرسال دعوة واحدة.',
          two: 'تم إرسال دعوتين.',
          few: 'تم إرسال # دعوات.',
          many: 'تم إرسال # دعوةً.',
          other: 'تم إرسال # دعوة.',
        }),

  // remove dialog
  'orgMembers.removeHeading': (_locale: string, name: string) => `إزالة ${name}؟`,
  'orgMembers.removeBody': (_locale: string, name: string, email: string) =>
    `يفقد ${name} (${email}) الوصول إلى هذه المؤسسة فورًا. يمكنك دعوته مرة أخرى لاحقًا.`,
  'orgMembers.removeConfirm': 'إزالة العضو',

  // invitations
  'orgMembers.invitationsHeading': 'الدعوات المعلّقة',
  'orgMembers.invitationsEmpty': 'لا توجد دعوات معلّقة.',
  'orgMembers.invitedAt': (_locale: string, date: string) => `دُعي في ${date}`,
  'orgMembers.invitedAtBy': (_locale: string, date: string, name: string) => `دعاه ${name} في ${date}`,
  'orgMembers.expires': (_locale: string, relative: string) => `تنتهي ${relative}`,
  'orgMembers.expired': (_locale: string, relative: string) => `انتهت ${relative}`,
  'orgMembers.resend': 'إعادة الإرسال',
  'orgMembers.resendLabel': (_locale: string, email: string) => `إعادة إرسال الدعوة إلى ${email}`,
  'orgMembers.resent': (_locale: string, email: string) => `تمت إعادة إرسال الدعوة إلى ${email}.`,
  'orgMembers.resendFailed': (_locale: string, email: string, reason: string) => `تعذّرت إعادة إرسال الدعوة إلى ${email}. ${reason}`,
  'orgMembers.revoke': 'إلغاء',
  'orgMembers.revokeLabel': (_locale: string, email: string) => `إلغاء الدعوة المرسلة إلى ${email}`,
  'orgMembers.revokeHeading': (_locale: string, email: string) => `إلغاء الدعوة المرسلة إلى ${email}؟`,
  'orgMembers.revokeBody': 'يتوقف رابط الدعوة عن العمل فورًا. يمكنك دعوة هذا العنوان مرة أخرى لاحقًا.',
  'orgMembers.revokeConfirm': 'إلغاء الدعوة',
  'orgMembers.revoked': (_locale: string, email: string) => `تم إلغاء الدعوة المرسلة إلى ${email}.`,
  'orgMembers.revokeFailed': (_locale: string, email: string, reason: string) => `تعذّر إلغاء الدعوة المرسلة إلى ${email}. ${reason}`,

  // invite dialog
  'orgMembers.invite': 'دعوة أعضاء',
  'orgMembers.inviteHeading': 'دعوة أعضاء',
  'orgMembers.inviteEmailsLabel': 'عناوين البريد الإلكتروني',
  'orgMembers.inviteEmailsHint': 'افصل بين العناوين بفواصل أو مسافات أو أسطر جديدة، أو الصق أسطر CSV بالصيغة email,role.',
  'orgMembers.inviteLimitHint': (locale: string, max: number) =>
    `يمكنك دعوة ${counted(locale, max, {
      zero: '# شخص',
      one: 'شخص واحد',
      two: 'شخصين',
      few: 'ما يصل إلى # أشخاص',
      many: 'ما يصل إلى # شخصًا',
      other: 'ما يصل إلى # شخص',
    })} في المرة الواحدة.`,
  'orgMembers.inviteRoleLabel': 'الدور',
  'orgMembers.inviteRoleHint': 'يُمنح لكل عنوان لا يحدد سطر CSV الخاص به أي دور.',
  'orgMembers.previewCaption': 'معاينة',
  'orgMembers.columnEmail': 'البريد الإلكتروني',
  'orgMembers.columnRole': 'الدور',
  'orgMembers.columnStatus': 'الحالة',
  'orgMembers.previewReady': 'جاهز للإرسال',
  'orgMembers.problem.invalid_email': 'عنوان بريد إلكتروني غير صالح',
  'orgMembers.problem.duplicate': 'مُدرج أكثر من مرة',
  'orgMembers.problem.already_member': 'عضو بالفعل',
  'orgMembers.problem.already_invited': 'مدعو بالفعل',
  'orgMembers.problem.unknown_role': (_locale: string, role: string) => `لا يوجد دور باسم «${role}»`,
  'orgMembers.previewSummary': (locale: string, ready: number, skipped: number) => {
    const readyText = counted(locale, ready, {
      zero: 'لا توجد عناوين جاهزة للإرسال',
      one: 'عنوان واحد جاهز للإرسال',
      two: 'عنوانان جاهزان للإرسال',
      few: '# عناوين جاهزة للإرسال',
      many: '# عنوانًا جاهزًا للإرسال',
      other: '# عنوان جاهز للإرسال',
    });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}؛ ${counted(locale, skipped, {
      zero: 'لن يتم تخطي أي عنوان.',
      one: 'سيتم تخطي عنوان واحد به مشكلة.',
      two: 'سيتم تخطي عنوانين بهما مشكلات.',
      few: 'سيتم تخطي # عناوين بها مشكلات.',
      many: 'سيتم تخطي # عنوانًا بها مشكلات.',
      other: 'سيتم تخطي # عنوان بها مشكلات.',
    })}`;
  },
  'orgMembers.previewMore': (locale: string, hidden: number) =>
    counted(locale, hidden, {
      zero: 'لا توجد صفوف أخرى.',
      one: 'صف واحد آخر غير معروض.',
      two: 'صفان آخران غير معروضين.',
      few: '# صفوف أخرى غير معروضة.',
      many: '# صفًا آخر غير معروض.',
      other: '# صف آخر غير معروض.',
    }),
  'orgMembers.overLimit': (locale: string, ready: number, max: number) =>
    `يمكنك دعوة ${counted(locale, max, {
      zero: '# شخص',
      one: 'شخص واحد',
      two: 'شخصين',
      few: 'ما يصل إلى # أشخاص',
      many: 'ما يصل إلى # شخصًا',
      other: 'ما يصل إلى # شخص',
    })} في المرة الواحدة، وعدد العناوين الجاهزة للإرسال ${n(locale, ready)}. أزل ${n(locale, ready - max)} منها، ثم أرسل الباقي في دعوة أخرى.`,
  'orgMembers.nothingToSend': 'أضف عنوان بريد إلكتروني صالحًا واحدًا على الأقل لإرسال دعوة.',
  'orgMembers.send': (locale: string, ready: number) =>
    counted(locale, ready, {
      zero: 'إرسال الدعوات',
      one: 'إرسال دعوة واحدة',
      two: 'إرسال دعوتين',
      few: 'إرسال # دعوات',
      many: 'إرسال # دعوةً',
      other: 'إرسال # دعوة',
    }),
  'orgMembers.sendEmpty': 'إرسال الدعوات',
  'orgMembers.sending': 'جارٍ إرسال الدعوات…',
  'orgMembers.resultsCaption': 'النتائج',
  'orgMembers.columnResult': 'النتيجة',
  'orgMembers.result.invited': 'تمت الدعوة',
  'orgMembers.result.already_member': 'عضو بالفعل',
  'orgMembers.result.already_invited': 'مدعو بالفعل',
  'orgMembers.result.invalid': 'عنوان بريد إلكتروني غير صالح',
  'orgMembers.notSent': (_locale: string, reason: string) => `لم تُرسل: ${reason}`,
  'orgMembers.resultsSummary': (locale: string, invited: number, notInvited: number) => {
    const invitedText = counted(locale, invited, {
      zero: 'لم تتم دعوة أي شخص',
      one: 'تمت دعوة شخص واحد',
      two: 'تمت دعوة شخصين',
      few: 'تمت دعوة # أشخاص',
      many: 'تمت دعوة # شخصًا',
      other: 'تمت دعوة # شخص',
    });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}؛ ${counted(locale, notInvited, {
      zero: 'لا توجد عناوين لم تتم دعوتها.',
      one: 'لم تتم دعوة عنوان واحد.',
      two: 'لم تتم دعوة عنوانين.',
      few: 'لم تتم دعوة # عناوين.',
      many: 'لم تتم دعوة # عنوانًا.',
      other: 'لم تتم دعوة # عنوان.',
    })}`;
  },
  'orgMembers.inviteMore': 'دعوة المزيد من الأشخاص',
  'orgMembers.done': 'تم',
  'orgMembers.inviteFailed': (_locale: string, reason: string) => `لم تُرسل الدعوات. ${reason}`,
  'orgMembers.invitePlan': (_locale: string, planName: string) =>
    planName
      ? `لا تشمل خطة ${planName} المؤسسات، لذا لا يمكن إرسال الدعوات. قم بترقية خطتك لدعوة زملائك.`
      : 'لا تشمل خطتك المؤسسات، لذا لا يمكن إرسال الدعوات. قم بترقية خطتك لدعوة زملائك.',

  // <so-org-profile>
  'orgProfile.label': 'المؤسسة',
  'orgProfile.description': 'اسم مؤسستك وعنوانها على الويب وهويتها البصرية.',
  'orgProfile.noOrganization': 'أنت لا تنتمي إلى أي مؤسسة.',
  'orgProfile.name': 'اسم المؤسسة',
  'orgProfile.slug': 'المعرّف المختصر',
  'orgProfile.slugHint': 'يُستخدم في عناوين الويب: من 3 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة.',
  'orgProfile.logo': 'الشعار',
  'orgProfile.logoUrl': 'رابط الشعار',
  'orgProfile.logoHint': 'عنوان https:// أو مسار على هذا الموقع. اتركه فارغًا لعرض الأحرف الأولى.',
  'orgProfile.logoAlt': (_locale: string, name: string) => `شعار ${name}`,
  'orgProfile.initialsLabel': (_locale: string, name: string) => `${name}: لا يوجد شعار، تُعرض الأحرف الأولى`,
  'orgProfile.uploadLogo': 'رفع شعار',
  'orgProfile.uploading': 'جارٍ الرفع…',
  'orgProfile.removeLogo': 'إزالة الشعار',
  'orgProfile.brandColor': 'لون العلامة التجارية',
  'orgProfile.colorPicker': 'اختر لون العلامة التجارية',
  'orgProfile.colorHex': 'القيمة الست عشرية',
  'orgProfile.colorHint': 'لون بالنظام الست عشري مثل #3f5efb. اتركه فارغًا لاستخدام اللون الافتراضي.',
  'orgProfile.noColor': 'لم يتم تعيين لون للعلامة التجارية: يُستخدم اللون الافتراضي.',
  'orgProfile.sample': 'زر تجريبي',
  'orgProfile.contrastWhite': (_locale: string, ratio: string) => `نص أبيض: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale: string, ratio: string) => `نص أسود: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'يستخدم الزر التجريبي نصًا أبيض، لأنه أوضح على هذا اللون.',
  'orgProfile.sampleUsesBlack': 'يستخدم الزر التجريبي نصًا أسود، لأنه أوضح على هذا اللون.',
  'orgProfile.lowWhiteContrast': (_locale: string, ratio: string) =>
    `تباين النص الأبيض على هذا اللون ${ratio}:1 فقط، وهو أقل من 4.5:1 الذي يحتاجه النص المقروء. تحتاج الأزرار بهذا اللون إلى نص داكن، أو اختر لونًا أغمق.`,
  'orgProfile.admin': 'حساب المسؤول',
  'orgProfile.adminReason': 'لا يمكن تغيير حساب المسؤول من هنا؛ تواصل مع الدعم لنقله.',
  'orgProfile.nameRequired': 'أدخل اسم المؤسسة.',
  'orgProfile.nameTooLong': 'استخدم 100 حرف كحد أقصى.',
  'orgProfile.slugRequired': 'أدخل معرّفًا مختصرًا.',
  'orgProfile.slugCharacters': 'استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط، دون مسافات.',
  'orgProfile.slugLength': 'استخدم من 3 إلى 40 حرفًا.',
  'orgProfile.slugEdges': 'ابدأ واختم بحرف أو رقم.',
  'orgProfile.slugTaken': 'هذا المعرّف المختصر مستخدم بالفعل. جرّب معرّفًا آخر.',
  'orgProfile.slugRejected': 'لا يمكن استخدام هذا المعرّف المختصر. ربما يكون مستخدمًا بالفعل؛ جرّب معرّفًا آخر.',
  'orgProfile.nameRejected': 'لا يمكن استخدام هذا الاسم. جرّب اسمًا آخر.',
  'orgProfile.logoUnsafe': 'استخدم عنوان https:// أو مسارًا على هذا الموقع.',
  'orgProfile.logoRejected': 'لا يمكن استخدام عنوان الشعار هذا. جرّب عنوانًا آخر.',
  'orgProfile.uploadFailed': 'تعذّر رفع الشعار. حاول مرة أخرى.',
  'orgProfile.uploadUnsafe': 'عاد الشعار المرفوع بعنوان لا يمكن عرضه بأمان.',
  'orgProfile.colorInvalid': 'استخدم لونًا بالنظام الست عشري مثل #3f5efb.',
  'orgProfile.colorRejected': 'لا يمكن استخدام هذا اللون. جرّب لونًا آخر.',
  'orgProfile.save': 'حفظ',
  'orgProfile.saving': 'جارٍ الحفظ…',
  'orgProfile.discard': 'تجاهل التغييرات',
  'orgProfile.unsaved': 'لديك تغييرات غير محفوظة.',
  'orgProfile.saved': 'تم حفظ إعدادات المؤسسة.',
  'orgProfile.saveFailed': (_locale: string, reason: string) => `تعذّر حفظ إعدادات المؤسسة؛ تم الاحتفاظ بتغييراتك. ${reason}`,
  'orgProfile.fixFields': 'بعض الحقول تحتاج إلى مراجعة.',
  'orgProfile.uploaded': 'تم رفع الشعار. احفظ لاستخدامه.',
  'orgProfile.readOnly': 'يمكنك عرض هذه الإعدادات، لكن ليس لديك إذن بتغييرها.',
  'orgProfile.cannotUpdate': 'لا يمكن تغيير هذه الإعدادات من هنا.',
  'orgProfile.upgradeTitle': 'تتطلب إعدادات المؤسسة خطة تشمل المؤسسات',
  'orgProfile.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `لا تشمل خطة ${planName} المؤسسات. قم بالترقية لتعيين اسم مؤسستك وعنوانها على الويب وهويتها البصرية.`
      : 'لا تشمل خطتك المؤسسات. قم بالترقية لتعيين اسم مؤسستك وعنوانها على الويب وهويتها البصرية.',
  'orgProfile.upgrade': 'ترقية الخطة',

  // <so-danger-zone>
  'dangerZone.label': 'منطقة الخطر',
  'dangerZone.empty': 'لا توجد هنا إجراءات يمكنك تنفيذها.',
  'dangerZone.emptyNoPermission': 'تتطلب هذه الإجراءات أذونات ليست لديك. اطلبها من أحد مالكي المؤسسة.',
  'dangerZone.unavailablePermission': 'ليس لديك إذن بتنفيذ هذا الإجراء.',
  'dangerZone.unavailableNoOrganization': 'أنت لا تنتمي إلى أي مؤسسة.',
  'dangerZone.revokeSessions.title': 'تسجيل الخروج من جميع الجلسات',
  'dangerZone.revokeSessions.description':
    'يسجّل خروجك من كل الأجهزة والمتصفحات دفعة واحدة. استخدمه إذا كنت تظن أن شخصًا آخر يصل إلى حسابك.',
  'dangerZone.revokeSessions.breaks': 'سيتعين عليك تسجيل الدخول مرة أخرى على كل جهاز من أجهزتك.',
  'dangerZone.revokeSessions.button': 'تسجيل الخروج من كل مكان',
  'dangerZone.revokeSessions.heading': 'تسجيل الخروج من جميع الجلسات؟',
  'dangerZone.revokeSessions.body':
    'يتم تسجيل خروج كل جهاز ومتصفح مسجّل الدخول إلى حسابك دفعة واحدة. ويفقد أي شخص يستخدم حسابك في مكان آخر الوصول إليه.',
  'dangerZone.revokeSessions.done': 'تم تسجيل الخروج من جميع الجلسات.',
  'dangerZone.regenerateSecrets.title': 'إعادة إنشاء المفاتيح السرية لـ API',
  'dangerZone.regenerateSecrets.description': 'يستبدل كل مفتاح API نشط بمفتاح جديد. استخدمه إذا كان هناك احتمال لتسرّب مفتاح سري.',
  'dangerZone.regenerateSecrets.breaks': 'يتوقف فورًا كل تكامل لا يزال يستخدم بيانات الاعتماد القديمة.',
  'dangerZone.regenerateSecrets.button': 'إعادة إنشاء المفاتيح السرية',
  'dangerZone.regenerateSecrets.heading': 'إعادة إنشاء جميع المفاتيح السرية لـ API؟',
  'dangerZone.regenerateSecrets.body':
    'يُستبدل كل مفتاح API نشط بمفتاح جديد، وتتوقف المفاتيح القديمة عن العمل فورًا. سيتوقف كل تكامل يستخدم بيانات الاعتماد القديمة عن العمل حتى تزوّده بالمفتاح السري الجديد.',
  'dangerZone.regenerateSecrets.shownOnce': 'تُعرض المفاتيح السرية الجديدة مرة واحدة. جهّز مكانًا آمنًا لحفظها.',
  'dangerZone.regenerateSecrets.savedHint': 'حدّث كل تكامل بمفتاحه السري الجديد.',
  'dangerZone.regenerateSecrets.none': 'لم تكن هناك مفاتيح API نشطة، لذا لم يتم إنشاء مفاتيح سرية جديدة.',
  'dangerZone.leaveOrganization.title': 'مغادرة المؤسسة',
  'dangerZone.leaveOrganization.description': (_locale: string, name: string) =>
    `يزيلك من ${name}. تفقد الوصول إلى أعضائها ومفاتيح API والاستخدام والفوترة.`,
  'dangerZone.leaveOrganization.breaks': 'للعودة، يجب أن يدعوك أحد المالكين مرة أخرى.',
  'dangerZone.leaveOrganization.button': 'مغادرة المؤسسة',
  'dangerZone.leaveOrganization.heading': (_locale: string, name: string) => `مغادرة ${name}؟`,
  'dangerZone.leaveOrganization.body': (_locale: string, name: string) =>
    `تفقد الوصول إلى ${name} فورًا: أعضائها ومفاتيح API والاستخدام والفوترة. للعودة، يجب أن يدعوك أحد المالكين مرة أخرى.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale: string, name: string) =>
    `أنت المالك الوحيد لـ ${name}. اجعل عضوًا آخر مالكًا قبل أن تغادر.`,
  'dangerZone.leaveOrganization.done': (_locale: string, name: string) => `لقد غادرت ${name}.`,
  'dangerZone.deleteOrganization.title': 'حذف المؤسسة',
  'dangerZone.deleteOrganization.description': (_locale: string, name: string) =>
    `يحذف ${name} نهائيًا: فريقها واشتراكاتها ومشاريعها ومجموعات بياناتها ومعلومات البطاقة وبيانات الاستخدام والفوترة.`,
  'dangerZone.deleteOrganization.breaks': 'لا يمكن التراجع عن ذلك.',
  'dangerZone.deleteOrganization.button': 'حذف المؤسسة',
  'dangerZone.deleteOrganization.heading': (_locale: string, name: string) => `حذف ${name}؟`,
  'dangerZone.deleteOrganization.lossIntro': 'يؤدي حذف المؤسسة إلى إزالة ما يلي نهائيًا:',
  'dangerZone.deleteOrganization.lossMembers': 'جميع مستخدمي الفريق',
  'dangerZone.deleteOrganization.lossSubscriptions': 'جميع سجلات الاشتراكات',
  'dangerZone.deleteOrganization.lossProjects': 'جميع المشاريع ومجموعات بياناتها',
  'dangerZone.deleteOrganization.lossCard': 'معلومات البطاقة',
  'dangerZone.deleteOrganization.lossUsage': 'بيانات الاستخدام والفوترة',
  'dangerZone.deleteOrganization.irreversible': 'لا يمكن التراجع عن ذلك.',
  'dangerZone.deleteOrganization.blocked': (locale: string, count: number) =>
    counted(locale, count, {
      zero: 'لا يمكنك حذف المؤسسة الآن. ألغِ اشتراكاتها أولًا، ثم احذفها:',
      one: 'لا يمكنك حذف المؤسسة ما دام هناك اشتراك نشط. ألغِه أولًا، ثم احذفها:',
      two: 'لا يمكنك حذف المؤسسة ما دام هناك اشتراكان نشطان. ألغِ كلًّا منهما أولًا، ثم احذفها:',
      few: 'لا يمكنك حذف المؤسسة ما دامت هناك # اشتراكات نشطة. ألغِ كلًّا منها أولًا، ثم احذفها:',
      many: 'لا يمكنك حذف المؤسسة ما دام هناك # اشتراكًا نشطًا. ألغِ كلًّا منها أولًا، ثم احذفها:',
      other: 'لا يمكنك حذف المؤسسة ما دام هناك # اشتراك نشط. ألغِ كلًّا منها أولًا، ثم احذفها:',
    }),
  'dangerZone.deleteOrganization.blockedShort': (locale: string, count: number) =>
    counted(locale, count, {
      zero: 'لا توجد اشتراكات نشطة يجب إلغاؤها.',
      one: 'يجب إلغاء اشتراك نشط أولًا.',
      two: 'يجب إلغاء اشتراكين نشطين أولًا.',
      few: 'يجب إلغاء # اشتراكات نشطة أولًا.',
      many: 'يجب إلغاء # اشتراكًا نشطًا أولًا.',
      other: 'يجب إلغاء # اشتراك نشط أولًا.',
    }),
  'dangerZone.deleteOrganization.stillBlocked': 'لا يمكن حذف المؤسسة بعد: لا يزال هناك اشتراك نشط.',
  'dangerZone.deleteOrganization.nameChanged': 'لم يعد اسم المؤسسة مطابقًا. اكتب اسمها الحالي للتأكيد.',
  'dangerZone.deleteOrganization.done': (_locale: string, name: string) => `تم حذف ${name}.`,

  // <so-sessions>
  'sessions.label': 'الجلسات النشطة',
  'sessions.description': 'الأجهزة والمتصفحات التي سجّلت الدخول منها. سجّل الخروج من أي منها لا تعرفه.',
  'sessions.empty': 'ليست لديك جلسات نشطة.',
  'sessions.thisDevice': 'هذا الجهاز',
  'sessions.lastActive': 'آخر نشاط',
  'sessions.location': 'الموقع',
  'sessions.activeNow': 'نشط الآن',
  'sessions.revoke': 'تسجيل الخروج',
  'sessions.revokeLabel': (_locale: string, device: string) => `تسجيل الخروج من ${device}`,
  'sessions.revoking': 'جارٍ تسجيل الخروج…',
  'sessions.revoked': (_locale: string, device: string) => `تم تسجيل الخروج من ${device}.`,
  'sessions.revokeFailed': (_locale: string, device: string, reason: string) => `تعذّر تسجيل الخروج من ${device}. ${reason}`,
  'sessions.revokeOthers': 'تسجيل الخروج من جميع الجلسات الأخرى',
  'sessions.revokeOthersHeading': 'تسجيل الخروج من جميع الجلسات الأخرى؟',
  'sessions.revokeOthersBody': (locale: string, count: number) =>
    `سيتم تسجيل خروجك من ${counted(locale, count, {
      zero: '# جهاز آخر',
      one: 'جهاز واحد آخر',
      two: 'جهازين آخرين',
      few: '# أجهزة أخرى',
      many: '# جهازًا آخر',
      other: '# جهاز آخر',
    })}. يظل هذا الجهاز مسجّل الدخول.`,
  'sessions.revokeOthersConfirm': 'تسجيل الخروج',
  'sessions.revokedOthers': (locale: string, count: number) =>
    `تم تسجيل الخروج من ${counted(locale, count, {
      zero: '# جلسة أخرى',
      one: 'جلسة واحدة أخرى',
      two: 'جلستين أخريين',
      few: '# جلسات أخرى',
      many: '# جلسةً أخرى',
      other: '# جلسة أخرى',
    })}.`,
  'sessions.revokeOthersFailed': (_locale: string, reason: string) => `تعذّر تسجيل الخروج من جميع الجلسات الأخرى. ${reason}`,

  // <so-subscriptions>
  'subscriptions.label': 'الاشتراكات',
  'subscriptions.description': 'الخطط والإضافات التي تدفع مؤسستك مقابلها. لا يمكن حذف المؤسسة ما دام أحدها نشطًا.',
  'subscriptions.empty': 'ليست لدى مؤسستك أي اشتراكات.',
  'subscriptions.unavailable': 'لا يمكن عرض الاشتراكات هنا: هذه الخدمة لا توفر قائمة بها.',
  'subscriptions.readOnly': 'يمكنك رؤية اشتراكات المؤسسة، لكن لا يستطيع إلغاءها إلا من يدير المؤسسة، مثل مالكيها.',
  'subscriptions.kindLabel': 'النوع',
  'subscriptions.kind': (_locale: string, kind: string) => SUBSCRIPTION_KINDS[kind] ?? kind,
  'subscriptions.status': (_locale: string, status: string) => SUBSCRIPTION_STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale: string, date: string) => `يتجدد في ${date}`,
  'subscriptions.endsOn': (_locale: string, date: string) => `ينتهي في ${date}`,
  'subscriptions.endedOn': (_locale: string, date: string) => `انتهى في ${date}`,
  'subscriptions.unsubscribe': 'إلغاء الاشتراك',
  'subscriptions.unsubscribeLabel': (_locale: string, name: string) => `إلغاء الاشتراك في ${name}`,
  'subscriptions.unsubscribing': 'جارٍ إلغاء الاشتراك…',
  'subscriptions.dialogHeading': (_locale: string, name: string) => `إلغاء الاشتراك في ${name}؟`,
  'subscriptions.dialogConfirm': 'إلغاء الاشتراك',
  'subscriptions.dialogKeep': 'الإبقاء على الاشتراك',
  'subscriptions.whenLegend': 'متى يجب أن ينتهي؟',
  'subscriptions.atPeriodEnd': 'في نهاية فترة الفوترة',
  'subscriptions.atPeriodEndHint': (_locale: string, date: string) => `يظل يعمل حتى ${date} ولا يتجدد.`,
  'subscriptions.now': 'الآن',
  'subscriptions.nowHint': 'يتوقف فورًا. لا يُستخدم ما تبقى من الفترة الحالية.',
  'subscriptions.periodEndOnly': (_locale: string, name: string, date: string) =>
    `يظل ${name} يعمل حتى نهاية فترة الفوترة في ${date}، ولا يتجدد.`,
  'subscriptions.endsAnnounced': (_locale: string, name: string, date: string) => `ينتهي ${name} في ${date}.`,
  'subscriptions.endedAnnounced': (_locale: string, name: string) => `انتهى ${name}.`,
  'subscriptions.cancelFailed': (_locale: string, name: string, reason: string) => `تعذّر إلغاء الاشتراك في ${name}. ${reason}`,

  // <so-notification-settings>
  'notifications.label': 'الإشعارات',
  'notifications.description': 'اختر ما نبلغك به، وأين.',
  'notifications.empty': 'لا توجد إشعارات لإعدادها.',
  'notifications.categoryHeader': 'الإشعار',
  'notifications.category.usage_thresholds': 'حدود الاستخدام',
  'notifications.category.plan_renewal': 'تجديد الخطة',
  'notifications.category.agent_errors': 'أخطاء الوكيل',
  'notifications.category.weekly_digest': 'الملخص الأسبوعي',
  'notifications.channel.email': 'البريد الإلكتروني',
  'notifications.channel.push': 'الإشعارات الفورية',
  'notifications.switchLabel': (_locale: string, category: string, channel: string) => `${category} عبر ${channel}`,
  'notifications.turnedOn': (_locale: string, category: string, channel: string) => `${category} عبر ${channel}: مفعّل.`,
  'notifications.turnedOff': (_locale: string, category: string, channel: string) => `${category} عبر ${channel}: معطّل.`,
  'notifications.toggleFailed': (_locale: string, category: string, channel: string, reason: string) =>
    `تعذّر تغيير ${category} عبر ${channel}؛ أُعيد كما كان. ${reason}`,
  'notifications.save': 'حفظ',
  'notifications.saving': 'جارٍ الحفظ…',
  'notifications.discard': 'تجاهل التغييرات',
  'notifications.saved': 'تم حفظ تفضيلات الإشعارات.',
  'notifications.saveFailed': (_locale: string, reason: string) => `تعذّر حفظ تفضيلات الإشعارات؛ تم الاحتفاظ بتغييراتك. ${reason}`,
  'notifications.unsaved': 'لديك تغييرات غير محفوظة.',

  // <so-passkeys>
  'passkeys.label': 'مفاتيح المرور',
  'passkeys.description': 'سجّل الدخول ببصمة إصبعك أو وجهك أو رمز PIN لجهازك بدلًا من كلمة المرور.',
  'passkeys.empty': 'ليست لديك مفاتيح مرور بعد.',
  'passkeys.added': 'تاريخ الإضافة',
  'passkeys.lastUsed': 'آخر استخدام',
  'passkeys.neverUsed': 'لم يُستخدم',
  'passkeys.nameLabel': 'اسم مفتاح المرور',
  'passkeys.namePlaceholder': 'مثل: حاسوب العمل',
  'passkeys.nameRequired': 'أدخل اسمًا لمفتاح المرور.',
  'passkeys.nameTooLong': 'استخدم 64 حرفًا أو أقل.',
  'passkeys.add': 'إضافة مفتاح مرور',
  'passkeys.adding': 'في انتظار جهازك…',
  'passkeys.addedDone': (_locale: string, name: string) => `تمت إضافة مفتاح المرور «${name}».`,
  'passkeys.cancelled': 'تم إلغاء إعداد مفتاح المرور أو انتهت مهلته. لم تتم إضافة أي شيء.',
  'passkeys.ceremonyFailed': 'تعذّر على جهازك إنشاء مفتاح مرور. حاول مرة أخرى، أو استخدم جهازًا آخر.',
  'passkeys.unsupported':
    'لا يستطيع هذا المتصفح إنشاء مفاتيح مرور. استخدم متصفحًا حديثًا على جهاز به مستشعر بصمة أو ميزة التعرف على الوجه أو قفل للشاشة.',
  'passkeys.addFailed': (_locale: string, reason: string) => `تعذّرت إضافة مفتاح المرور. ${reason}`,
  'passkeys.rename': 'إعادة التسمية',
  'passkeys.renameLabel': (_locale: string, name: string) => `إعادة تسمية ${name}`,
  'passkeys.save': 'حفظ',
  'passkeys.cancel': 'إلغاء',
  'passkeys.renamed': (_locale: string, name: string) => `تمت إعادة التسمية إلى «${name}».`,
  'passkeys.renameFailed': (_locale: string, reason: string) => `تعذّرت إعادة تسمية مفتاح المرور. ${reason}`,
  'passkeys.delete': 'حذف',
  'passkeys.deleteLabel': (_locale: string, name: string) => `حذف ${name}`,
  'passkeys.deleteHeading': (_locale: string, name: string) => `حذف «${name}»؟`,
  'passkeys.deleteBody': 'لن تتمكن من تسجيل الدخول بمفتاح المرور هذا بعد الآن. تظل طرق تسجيل الدخول الأخرى تعمل.',
  'passkeys.deleteConfirm': 'حذف مفتاح المرور',
  'passkeys.deleted': (_locale: string, name: string) => `تم حذف مفتاح المرور «${name}».`,
  'passkeys.deleteFailed': (_locale: string, reason: string) => `تعذّر حذف مفتاح المرور. ${reason}`,

  // <so-profile-form>
  'profile.label': 'الملف الشخصي',
  'profile.description': 'اسمك وعنوان بريدك الإلكتروني وصورتك ومنطقتك الزمنية ولغتك.',
  'profile.displayName': 'الاسم المعروض',
  'profile.email': 'البريد الإلكتروني',
  'profile.emailChangeHint': 'سنرسل رابط تأكيد إلى العنوان الجديد. يسري التغيير بمجرد تأكيده.',
  'profile.pendingEmail': (_locale: string, email: string) => `تحقّق من ${email} لتأكيد التغيير.`,
  'profile.avatar': 'صورة الملف الشخصي',
  'profile.avatarAlt': (_locale: string, name: string) => (name ? `صورة الملف الشخصي لـ ${name}` : 'صورة ملفك الشخصي'),
  'profile.avatarUrl': 'رابط الصورة',
  'profile.avatarUrlHint': 'عنوان https:// أو مسار على هذا الموقع. اتركه فارغًا لعرض الأحرف الأولى من اسمك.',
  'profile.upload': 'رفع صورة',
  'profile.uploading': 'جارٍ رفع الصورة…',
  'profile.uploaded': 'تم رفع الصورة. احفظ للاحتفاظ بها.',
  'profile.uploadFailed': (_locale: string, reason: string) => `تعذّر رفع الصورة. ${reason}`,
  'profile.timezone': 'المنطقة الزمنية',
  'profile.timezoneHint': 'اكتب اسم مدينة أو فرقًا زمنيًا مثل GMT+1، ثم اختر من القائمة.',
  'profile.timezoneNow': (_locale: string, offset: string) => `الآن ${offset}.`,
  'profile.timezoneOption': (_locale: string, zone: string, offset: string) => `${zone} (${offset})`,
  'profile.timezoneNoMatch': 'لا توجد منطقة زمنية مطابقة.',
  'profile.language': 'اللغة',
  'profile.error.displayNameRequired': 'أدخل اسمك.',
  'profile.error.displayNameTooLong': (locale: string, max: number) =>
    `استخدم ${counted(locale, max, {
      zero: '# حرف',
      one: 'حرفًا واحدًا',
      two: 'حرفين',
      few: '# أحرف',
      many: '# حرفًا',
      other: '# حرف',
    })} كحد أقصى.`,
  'profile.error.email': 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  'profile.error.avatarUrl': 'استخدم عنوان https:// أو مسارًا على هذا الموقع.',
  'profile.error.timezone': 'اختر منطقة زمنية من القائمة.',
  'profile.error.locale': 'اختر لغة من القائمة.',
  'profile.save': 'حفظ',
  'profile.saving': 'جارٍ الحفظ…',
  'profile.discard': 'تجاهل التغييرات',
  'profile.unsaved': 'لديك تغييرات غير محفوظة.',
  'profile.saved': 'تم حفظ الملف الشخصي.',
  'profile.savedPendingEmail': (_locale: string, email: string) =>
    `تم حفظ الملف الشخصي. تحقّق من ${email} لتأكيد عنوان البريد الإلكتروني الجديد.`,
  'profile.saveFailed': (_locale: string, reason: string) => `تعذّر حفظ ملفك الشخصي؛ تم الاحتفاظ بتغييراتك. ${reason}`,

  // <so-account-settings>
  'settings.label': 'الإعدادات',
  'settings.tab.general': 'عام',
  'settings.tab.api-keys': 'مفاتيح API',
  'settings.tab.usage': 'الاستخدام',
  'settings.tab.billing': 'الفوترة',
  'settings.tab.notifications': 'الإشعارات',
  'settings.tab.organization': 'المؤسسة',
  'settings.empty': 'لا توجد إعدادات لعرضها لهذا الحساب.',
  'settings.membershipFailed': 'تعذّر التحقق من مؤسستك، لذا أُخفي تبويبها.',
};

export default ar;
