import type { Translation } from '../../src/internal/localize/en.js';
import { formatNumber } from '../../src/internal/format.js';

const n = (locale: string, value: number) => formatNumber(locale, value);

/**
 * Arabic messages for `<so-org-members>`, as a host would register them with
 * `registerTranslation('ar', orgMembersArabic)`; the story "Right to left" uses them. Keys left
 * out fall back to English.
 */
export const orgMembersArabic: Translation = {
  'state.loading': 'جارٍ التحميل…',
  'state.retry': 'إعادة المحاولة',
  'dialog.cancel': 'إلغاء',
  'orgMembers.heading': 'الأعضاء',
  'orgMembers.count': (locale: string, total: number) => `${n(locale, total)} عضو`,
  'orgMembers.searchLabel': 'البحث في الأعضاء',
  'orgMembers.searchPlaceholder': 'ابحث بالاسم أو البريد الإلكتروني',
  'orgMembers.searching': 'جارٍ البحث…',
  'orgMembers.listLabel': 'الأعضاء',
  'orgMembers.listHint': 'استخدم مفتاحي الأسهم للأعلى والأسفل للتنقل بين الأعضاء، وHome وEnd للانتقال إلى الأول والأخير، وTab للوصول إلى عناصر التحكم.',
  'orgMembers.you': 'أنت',
  'orgMembers.rowLabel': (_locale: string, name: string, role: string, isYou: boolean) => (isYou ? `${name} (أنت)، ${role}` : `${name}، ${role}`),
  'orgMembers.roleFor': (_locale: string, name: string) => `دور ${name}`,
  'orgMembers.joined': (_locale: string, date: string) => `انضم في ${date}`,
  'orgMembers.lastActive': (_locale: string, relative: string) => `آخر نشاط ${relative}`,
  'orgMembers.neverActive': 'لم يكن نشطًا بعد',
  'orgMembers.remove': 'إزالة',
  'orgMembers.removeLabel': (_locale: string, name: string) => `إزالة ${name}`,
  'orgMembers.selfNote': 'هذا أنت. لا يمكنك إزالة نفسك هنا؛ لمغادرة المؤسسة استخدم منطقة الخطر.',
  'orgMembers.lastOwnerNote': 'لا يمكن تخفيض دور المالك الأخير أو إزالته. اجعل عضوًا آخر مالكًا أولًا.',
  'orgMembers.rolesHeading': 'عن الأدوار',
  'orgMembers.invite': 'دعوة أعضاء',
  'orgMembers.inviteHeading': 'دعوة أعضاء',
  'orgMembers.invitationsHeading': 'الدعوات المعلّقة',
  'orgMembers.invitationsEmpty': 'لا توجد دعوات معلّقة.',
  'orgMembers.invitedAt': (_locale: string, date: string) => `دُعي في ${date}`,
  'orgMembers.invitedAtBy': (_locale: string, date: string, name: string) => `دعاه ${name} في ${date}`,
  'orgMembers.expires': (_locale: string, relative: string) => `تنتهي ${relative}`,
  'orgMembers.expired': (_locale: string, relative: string) => `انتهت ${relative}`,
  'orgMembers.resend': 'إعادة الإرسال',
  'orgMembers.resendLabel': (_locale: string, email: string) => `إعادة إرسال الدعوة إلى ${email}`,
  'orgMembers.revoke': 'إلغاء الدعوة',
  'orgMembers.revokeLabel': (_locale: string, email: string) => `إلغاء الدعوة المرسلة إلى ${email}`,
  'orgMembers.showing': (locale: string, shown: number, total: number) => `عرض ${n(locale, shown)} من ${n(locale, total)} عضو`,
  'orgMembers.loadMore': 'تحميل المزيد من الأعضاء',
  'orgMembers.loadingMore': 'جارٍ تحميل المزيد…',
};
