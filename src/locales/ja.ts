import type { Messages } from '../internal/localize/en.js';
import { formatNumber } from '../internal/format.js';
import { cardBrandName } from '../internal/localize/card-brand.js';

// Japanese has no plural forms (CLDR: `other` only), so counts need no `plural()`; numbers still
// go through `Intl` so that large counts are grouped as Japanese writes them.
const n = (locale: string, value: number) => formatNumber(locale, value);

const BILLING_STATUSES: Record<string, string> = {
  active: '有効',
  trialing: 'トライアル',
  past_due: '支払い期限超過',
  canceled: '解約済み',
};

const INVOICE_STATUSES: Record<string, string> = {
  paid: '支払い済み',
  open: '未払い',
  void: '無効',
  uncollectible: '回収不能',
};

const SUBSCRIPTION_KINDS: Record<string, string> = {
  job_plan: 'ジョブプラン',
  workspace_capacity: 'ワークスペース容量',
};

const SUBSCRIPTION_STATUSES: Record<string, string> = {
  active: '有効',
  trialing: 'トライアル',
  past_due: '支払い期限超過',
  canceled: '終了',
};

/** Japanese messages for every element. Register with `registerTranslation('ja', ja)`. */
export const ja: Messages = {
  // states
  'state.loading': '読み込み中…',
  'state.empty': 'まだ何もありません。',
  'state.retry': '再試行',
  'state.dismiss': '閉じる',

  // errors
  'error.unauthorized': 'セッションの有効期限が切れました。続けるには、もう一度サインインしてください。',
  'error.forbidden': 'この操作を行う権限がありません。',
  'error.reauth_required': 'セキュリティのため、続けるにはもう一度本人確認を行ってください。',
  'error.not_found': 'この項目は存在しません。削除された可能性があります。',
  'error.conflict': 'この変更は現在の状態と競合しています。再読み込みしてから、もう一度お試しください。',
  'error.validation': '入力内容に誤りがあります。強調表示された項目を確認してください。',
  'error.rate_limited': (locale: string, seconds?: number) =>
    seconds
      ? `リクエストが多すぎます。${n(locale, seconds)} 秒後にもう一度お試しください。`
      : 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',
  'error.unavailable': 'サービスが一時的に利用できません。しばらくしてから、もう一度お試しください。',
  'error.network': 'サーバーに接続できません。接続を確認して、もう一度お試しください。',
  'error.timeout': 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。',
  'error.aborted': 'リクエストはキャンセルされました。',
  'error.unknown': '問題が発生しました。もう一度お試しください。',
  'error.noClient': 'アカウントクライアントが設定されていません。',
  'error.noClientHint':
    '要素の client プロパティを設定するか、<so-account-provider> で囲むか、setDefaultAccountClient() を呼び出してください。',

  // confirm dialog
  'dialog.heading': 'よろしいですか？',
  'dialog.confirm': '確認',
  'dialog.cancel': 'キャンセル',
  'dialog.typeToConfirm': (_locale: string, phrase: string) => `確認のため「${phrase}」と入力してください`,
  'dialog.typeMismatch': '入力したテキストがまだ一致しません。',
  'dialog.busy': '処理中…',

  // secret field
  'secret.label': 'シークレット',
  'secret.masked': (_locale: string, prefix: string, last4: string) => `${prefix}…${last4}（非表示）`,
  'secret.reveal': '表示',
  'secret.hide': '非表示',
  'secret.copy': 'コピー',
  'secret.revealLabel': 'シークレットを表示',
  'secret.hideLabel': 'シークレットを非表示',
  'secret.copyLabel': 'シークレットをコピー',
  'secret.revealFailed': 'シークレットを表示できませんでした。もう一度お試しください。',
  'secret.copyFailedHidden': 'クリップボードにコピーできませんでした。もう一度お試しください。',
  'secret.copied': 'クリップボードにコピーしました。',
  'secret.copyFailed': '自動でコピーできませんでした。テキストを選択して、手動でコピーしてください。',
  'secret.revealed': 'シークレットを表示しました。',
  'secret.hidden': 'シークレットを非表示にしました。',
  'secret.autoHide': (locale: string, seconds: number) => `${n(locale, seconds)} 秒後に再び非表示になります。`,

  // <so-secret-once>
  'secretOnce.heading': (_locale: string, _count: number) => '新しいシークレットを保存してください',
  'secretOnce.warning': (_locale: string, count: number) =>
    count === 1
      ? 'このシークレットは二度と表示されません。今すぐコピーして、安全な場所に保管してください。紛失した場合は、新しいシークレットが必要になります。'
      : 'これらのシークレットは二度と表示されません。今すぐコピーして、安全な場所に保管してください。紛失した場合は、新しいシークレットが必要になります。',
  'secretOnce.dismiss': '保存しました',
  'secretOnce.dismissMany': 'すべて保存しました',

  // <so-api-key-panel>: header
  'apiKeyPanel.heading': 'API キー',
  'apiKeyPanel.description':
    'キーは API へのリクエストを認証します。パスワードと同様に扱い、他人と共有したり、クライアント側のコードに含めたりしないでください。',
  'apiKeyPanel.appHeading': 'アプリの認証情報',
  'apiKeyPanel.appDescription':
    'アプリはアプリ ID で自身を識別し、アプリシークレットでそれを証明します。シークレットはサーバー上に保管してください。',
  'apiKeyPanel.readOnly':
    'これらのキーを表示することはできますが、作成、ローテーション、取り消しはできません。API キーを管理する権限が必要です。組織のオーナーまたは管理者にお問い合わせください。',
  'apiKeyPanel.listLabel': 'API キー',

  // states
  'apiKeyPanel.empty': 'API キーはまだありません。',
  'apiKeyPanel.emptyCreate': 'キーを作成すると、API を呼び出せるようになります。',
  'apiKeyPanel.emptyApp': 'このアプリにはまだシークレットがありません。',

  // a key
  'apiKeyPanel.status.expiring': 'まもなく期限切れ',
  'apiKeyPanel.status.expired': '期限切れ',
  'apiKeyPanel.status.revoked': '取り消し済み',
  'apiKeyPanel.created': '作成日',
  'apiKeyPanel.lastUsed': '最終使用',
  'apiKeyPanel.neverUsed': 'なし',
  'apiKeyPanel.expires': '有効期限',
  'apiKeyPanel.expired': '期限切れ',
  'apiKeyPanel.stopsWorking': '無効になる日時',
  'apiKeyPanel.scopes': 'スコープ',
  'apiKeyPanel.separator': '・',
  'apiKeyPanel.appId': 'アプリ ID',
  'apiKeyPanel.copyAppId': 'コピー',
  'apiKeyPanel.copyAppIdLabel': 'アプリ ID をコピー',
  'apiKeyPanel.appIdCopied': 'アプリ ID をクリップボードにコピーしました。',
  'apiKeyPanel.appIdCopyFailed': '自動でコピーできませんでした。アプリ ID を選択してあるので、手動でコピーしてください。',

  // actions
  'apiKeyPanel.create': 'キーを作成',
  'apiKeyPanel.rotate': 'ローテーション',
  'apiKeyPanel.rotateLabel': (_locale: string, name: string) => `${name} をローテーション`,
  'apiKeyPanel.revoke': '取り消し',
  'apiKeyPanel.revokeLabel': (_locale: string, name: string) => `${name} を取り消し`,
  'apiKeyPanel.revoked': (_locale: string, name: string) => `${name} を取り消しました。`,

  // safe rotation
  'apiKeyPanel.guidanceSummary': 'キーを安全にローテーションする方法',
  'apiKeyPanel.stepGenerate': 'まず新しいキーを生成し、表示されたらコピーしてください。キーは一度しか表示されません。',
  'apiKeyPanel.stepDeploy': (_locale: string, variable: string) =>
    `古いキーを使用しているすべての環境に、${variable}（または同等の設定）としてデプロイしてください。`,
  'apiKeyPanel.stepConfirm':
    '古いキーが使われなくなったこと（最終使用日時が更新されなくなったこと）を確認してください。その後、期限切れになるのを待つか、取り消してください。',

  // rotate dialog
  'apiKeyPanel.rotateHeading': (_locale: string, name: string) => `「${name}」をローテーションしますか？`,
  'apiKeyPanel.rotateConfirm': 'キーをローテーション',
  'apiKeyPanel.rotateNow': '現在のキーはすぐに無効になります。このキーを使用しているすべての連携を更新してください。',
  'apiKeyPanel.rotateLater': (_locale: string, duration: string) =>
    `現在のキーは ${duration} の間は引き続き使用でき、その後無効になります。それまでに、このキーを使用しているすべての連携を更新してください。`,
  'apiKeyPanel.rotateSteps': 'ダウンタイムなしでローテーションするには:',
  'apiKeyPanel.graceLegend': '現在のキーをいつ無効にしますか？',
  'apiKeyPanel.graceNow': 'すぐに',
  'apiKeyPanel.graceAfter': (_locale: string, duration: string) => `${duration}後`,

  // revoke dialog
  'apiKeyPanel.revokeHeading': (_locale: string, name: string) => `「${name}」を取り消しますか？`,
  'apiKeyPanel.revokeConfirm': 'キーを取り消し',
  'apiKeyPanel.revokeBody': 'このキーを使用するリクエストはすぐに失敗するようになります。この操作は元に戻せません。',

  // create dialog
  'apiKeyPanel.createHeading': 'API キーを作成',
  'apiKeyPanel.createConfirm': 'キーを作成',
  'apiKeyPanel.nameLabel': '名前',
  'apiKeyPanel.nameHint': (locale: string, max: number) =>
    `キーを使用する場所を入力してください（例:「本番サーバー」）。${n(locale, max)} 文字以内。`,
  'apiKeyPanel.nameRequired': 'キーの名前を入力してください。',
  'apiKeyPanel.nameTooLong': (locale: string, max: number) => `${n(locale, max)} 文字以内で入力してください。`,
  'apiKeyPanel.nameTaken': 'この名前のキーはすでに存在します。別の名前を選んでください。',
  'apiKeyPanel.nameRejected': 'サーバーがこの名前を受け付けませんでした。別の名前をお試しください。',
  'apiKeyPanel.expiryLegend': '有効期限',
  'apiKeyPanel.expiryNever': 'なし',
  'apiKeyPanel.expiryDays': (locale: string, days: number, date: string) => `${n(locale, days)} 日後（${date}）`,
  'apiKeyPanel.expiryDate': '日付を指定',
  'apiKeyPanel.expiryDateLabel': '有効期限日',
  'apiKeyPanel.expiryDateRequired': 'キーの有効期限日を選んでください。',
  'apiKeyPanel.expiryDatePast': '明日以降の日付を選んでください。',
  'apiKeyPanel.expiryRejected': 'サーバーがこの日付を受け付けませんでした。別の日付を選んでください。',
  'apiKeyPanel.scopesLegend': 'スコープ（任意）',
  'apiKeyPanel.scopesHint': 'キーでできる操作を制限します。既定のアクセス権にする場合は、すべて未選択のままにしてください。',
  'apiKeyPanel.scopesRejected': 'サーバーがこれらのスコープを受け付けませんでした。',

  // shown after create and rotate
  'apiKeyPanel.deployHint': (_locale: string, variable: string) =>
    `必要なすべての環境に、${variable}（または同等の設定）として保存してください。`,

  // <so-usage-meter>
  'usageMeter.listLabel': 'プランの使用量',
  'usageMeter.defaultLabel': '使用量',
  'usageMeter.empty': '表示できる使用量はまだありません。',
  'usageMeter.metric.requests': 'リクエスト',
  'usageMeter.metric.tokens': 'トークン',
  'usageMeter.metric.storage': 'ストレージ',
  'usageMeter.usedOfLimit': (_locale: string, used: string, limit: string) => `${used} / ${limit}`,
  'usageMeter.used': (_locale: string, used: string) => `${used} 使用`,
  'usageMeter.unlimited': '無制限',
  'usageMeter.notIncluded': 'ご利用のプランには含まれていません',
  'usageMeter.limitUnavailable': '上限を取得できません',
  'usageMeter.unavailable': '使用量データを取得できません',
  'usageMeter.overBy': (_locale: string, overage: string) => `上限を ${overage} 超過`,
  'usageMeter.status.warning': '上限に近づいています',
  'usageMeter.status.danger': 'まもなく上限に達します',
  'usageMeter.status.reached': '上限に達しました',
  'usageMeter.status.over': '上限超過',
  'usageMeter.valueText': (locale: string, used: string, limit: string, label: string, percent: number, overLimit: boolean) =>
    `${label} ${used} / ${limit}、${formatNumber(locale, percent)} パーセント${overLimit ? '、上限超過' : ''}`,
  'usageMeter.renews': (_locale: string, date: string) => `${date} に更新`,
  'usageMeter.peak': (_locale: string, value: string) => `ピーク ${value}`,
  'usageMeter.peakOn': (_locale: string, value: string, date: string) => `ピーク ${value}（${date}）`,
  'usageMeter.analyticsLink': '使用状況の分析を表示',

  // <so-billing-card>
  'billingCard.planHeading': 'プラン',
  'billingCard.paymentMethodHeading': 'お支払い方法',
  'billingCard.invoicesHeading': '請求書',
  'billingCard.status': (_locale: string, status: string) => BILLING_STATUSES[status] ?? status,
  'billingCard.price': (_locale: string, price: string, interval: string) =>
    interval === 'year' ? `年額 ${price}` : `月額 ${price}`,
  'billingCard.renewsOn': (_locale: string, date: string) => `${date} に更新`,
  'billingCard.trialEndsOn': (_locale: string, date: string) => `${date} まで無料トライアル。その後、課金が始まります`,
  'billingCard.accessEndsOn': (_locale: string, date: string) => `解約済み。${date} まで引き続きご利用いただけます`,
  'billingCard.endedOn': (_locale: string, date: string) => `${date} に終了`,
  'billingCard.scheduledChange': (_locale: string, planName: string, date: string) =>
    `${date} に ${planName} に変更されます。プランの変更は次回の更新時に適用されるため、二重に請求されることはありません。`,
  'billingCard.cardBrand': (_locale: string, brand: string) =>
    cardBrandName(brand, 'カード'),
  'billingCard.cardSummary': (_locale: string, brand: string, last4: string) => `${brand}（末尾 ${last4}）`,
  'billingCard.cardExpires': (_locale: string, date: string) => `有効期限 ${date}`,
  'billingCard.cardExpiringSoon': (_locale: string, month: string) =>
    `${month}末で有効期限が切れます。サービスが中断しないよう、お支払い方法を更新してください。`,
  'billingCard.cardExpired': (_locale: string, month: string) => `${month}末で有効期限が切れました。`,
  'billingCard.cardBadgeExpiring': 'まもなく期限切れ',
  'billingCard.cardBadgeExpired': '期限切れ',
  'billingCard.noPaymentMethod': 'お支払い方法が登録されていません。',
  'billingCard.noPaymentMethodTrial': (_locale: string, date: string) =>
    `プランを継続するには、トライアルが終了する ${date} までにお支払い方法を追加してください。`,
  'billingCard.manageBilling': '請求を管理',
  'billingCard.changePaymentMethod': 'お支払い方法を変更',
  'billingCard.addPaymentMethod': 'お支払い方法を追加',
  'billingCard.viewInvoices': '請求書を表示',
  'billingCard.opening': '請求ポータルを開いています…',
  'billingCard.portalFailed': (_locale: string, reason: string) => `請求ポータルを開けませんでした。${reason}`,
  'billingCard.portalUnsafeUrl':
    '請求ポータルから返されたリンクが安全な https: アドレスではなかったため、開きませんでした。もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。',
  'billingCard.portalBlocked': 'ブラウザーによって新しいタブがブロックされました。',
  'billingCard.portalOpenLink': '請求ポータルを開く',
  'billingCard.opensInNewTab': '（新しいタブで開きます）',
  'billingCard.invoicesInPortal': '請求書と領収書は請求ポータルで確認できます。',
  'billingCard.problem.card_expired.title': 'カードの有効期限が切れています',
  'billingCard.problem.card_expired.body':
    'お支払い設定を確認してください。プランを中断なく継続するには、お支払い方法を更新してください。',
  'billingCard.problem.card_declined.title': '前回のお支払いが拒否されました',
  'billingCard.problem.card_declined.body':
    'カード会社により請求が拒否されました。サービスが中断しないよう、お支払い方法を更新してください。',
  'billingCard.problem.requires_action.title': 'カード会社でお支払いの確認が必要です',
  'billingCard.problem.requires_action.body': 'プランを有効なままにするには、カード会社でお支払いを確認してください。',
  'billingCard.problem.past_due.title': 'お支払いの期限が過ぎています',
  'billingCard.problem.past_due.body':
    '最新のお支払いを回収できませんでした。アクセスを失わないよう、お支払い方法を更新してください。',
  'billingCard.problem.other.title': 'お支払いに問題があります',
  'billingCard.problem.other.body': 'サービスが中断しないよう、お支払い方法を更新してください。',
  'billingCard.problemActionPaymentMethod': 'お支払い方法を更新',
  'billingCard.problemActionConfirm': 'お支払いを確認',
  'billingCard.problemReadOnly': '組織の請求を管理している方に、この問題の解決を依頼してください。',
  'billingCard.readOnly':
    '請求情報を表示することはできますが、プランやお支払い方法を変更できるのは、組織のオーナーなど請求の管理を許可されたユーザーだけです。',
  'billingCard.noSubscriptionTitle': '有効なサブスクリプションがありません',
  'billingCard.noSubscriptionBody': 'プランを選んで始めましょう。',
  'billingCard.noSubscriptionReadOnly': '組織の請求を管理している方に、プランの選択を依頼してください。',
  'billingCard.choosePlan': 'プランを選ぶ',
  'billingCard.invoicesEmpty': '請求書はまだありません。',
  'billingCard.invoiceDate': '日付',
  'billingCard.invoiceNumber': '請求書',
  'billingCard.invoiceAmount': '金額',
  'billingCard.invoiceStatusHeader': 'ステータス',
  'billingCard.invoiceStatus': (_locale: string, status: string) => INVOICE_STATUSES[status] ?? status,

  // <so-org-members>: header, search and list
  'orgMembers.heading': 'メンバー',
  'orgMembers.count': (locale: string, total: number) => `${n(locale, total)} 人のメンバー`,
  'orgMembers.searchLabel': 'メンバーを検索',
  'orgMembers.searchPlaceholder': '名前またはメールアドレスで検索',
  'orgMembers.searching': '検索中…',
  'orgMembers.searchResults': (locale: string, total: number, query: string) =>
    total === 0
      ? `「${query}」に一致するメンバーはいません。`
      : `「${query}」に一致するメンバーが ${n(locale, total)} 人います。`,
  'orgMembers.noMatch': (_locale: string, query: string) => `「${query}」に一致するメンバーはいません。`,
  'orgMembers.noMatchHint': 'つづりを確認するか、メールアドレスで検索してください。',
  'orgMembers.clearSearch': '検索をクリア',
  'orgMembers.listHint':
    '上下の矢印キーでメンバー間を移動し、Home キーと End キーで最初と最後に移動し、Tab キーでメンバーの操作に移動します。',
  'orgMembers.showing': (locale: string, shown: number, total: number) =>
    `${n(locale, total)} 人中 ${n(locale, shown)} 人のメンバーを表示`,
  'orgMembers.loadMore': 'さらにメンバーを読み込む',
  'orgMembers.loadingMore': 'さらにメンバーを読み込んでいます…',
  'orgMembers.loadMoreFailed': 'これ以上メンバーを読み込めませんでした。',
  'orgMembers.retry': '再試行',

  // a member's row
  'orgMembers.you': 'あなた',
  'orgMembers.rowLabel': (_locale: string, name: string, role: string, isYou: boolean) =>
    isYou ? `${name}（あなた）、${role}` : `${name}、${role}`,
  'orgMembers.roleFor': (_locale: string, name: string) => `${name} のロール`,
  'orgMembers.unknownRole': '不明なロール',
  'orgMembers.joined': (_locale: string, date: string) => `${date} に参加`,
  'orgMembers.lastActive': (_locale: string, relative: string) => `最終アクティブ: ${relative}`,
  'orgMembers.neverActive': 'まだアクティブではありません',
  'orgMembers.remove': '削除',
  'orgMembers.removeLabel': (_locale: string, name: string) => `${name} を削除`,
  'orgMembers.selfNote': 'これはあなたです。ここで自分自身を削除することはできません。組織から脱退するには、危険な操作のエリアを使用してください。',
  'orgMembers.lastOwnerNote': '最後のオーナーは降格も削除もできません。先に別のメンバーをオーナーにしてください。',
  'orgMembers.rolesHeading': 'ロールについて',

  // states
  'orgMembers.readOnly':
    'この組織のメンバーを表示することはできますが、メンバーを管理する権限がありません。招待、ロールの変更、メンバーの削除ができるのは、メンバーを管理できるユーザーだけです。',
  'orgMembers.emptyTitle': 'メンバーはまだあなただけです',
  'orgMembers.emptyBody': 'チームメイトを招待して、この組織で一緒に作業しましょう。',
  'orgMembers.emptyBodyReadOnly': 'この組織にはまだ他のメンバーが参加していません。',
  'orgMembers.upgradeTitle': 'メンバー機能には組織を含むプランが必要です',
  'orgMembers.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `ご利用の ${planName} プランには組織機能が含まれていません。アップグレードすると、チームメイトを招待し、ロールを割り当て、アクセスできるユーザーを管理できます。`
      : 'ご利用のプランには組織機能が含まれていません。アップグレードすると、チームメイトを招待し、ロールを割り当て、アクセスできるユーザーを管理できます。',
  'orgMembers.upgrade': 'プランをアップグレード',
  'orgMembers.dismiss': '閉じる',

  // outcomes
  'orgMembers.roleChanged': (_locale: string, name: string, role: string) => `${name} のロールを ${role} に変更しました。`,
  'orgMembers.roleChangeFailed': (_locale: string, name: string, reason: string) =>
    `${name} のロールを変更できませんでした。${reason}`,
  'orgMembers.roleChangeBusy': (_locale: string, name: string) =>
    `${name} のロールはまだ変更中です。しばらくしてから、もう一度お試しください。`,
  'orgMembers.removed': (_locale: string, name: string) => `${name} を組織から削除しました。`,
  'orgMembers.removeFailed': (_locale: string, name: string, reason: string) => `${name} を削除できませんでした。${reason}`,
  'orgMembers.invitedCount': (locale: string, invited: number) =>
    invited === 0 ? '招待は送信されませんでした。' : `${n(locale, invited)} 件の招待を送信しました。`,

  // remove dialog
  'orgMembers.removeHeading': (_locale: string, name: string) => `${name} を削除しますか？`,
  'orgMembers.removeBody': (_locale: string, name: string, email: string) =>
    `${name}（${email}）はすぐにこの組織にアクセスできなくなります。後でもう一度招待することができます。`,
  'orgMembers.removeConfirm': 'メンバーを削除',

  // invitations
  'orgMembers.invitationsHeading': '保留中の招待',
  'orgMembers.invitationsEmpty': '保留中の招待はありません。',
  'orgMembers.invitedAt': (_locale: string, date: string) => `${date} に招待`,
  'orgMembers.invitedAtBy': (_locale: string, date: string, name: string) => `${date} に ${name} が招待`,
  'orgMembers.expires': (_locale: string, relative: string) => `有効期限: ${relative}`,
  'orgMembers.expired': (_locale: string, relative: string) => `期限切れ: ${relative}`,
  'orgMembers.resend': '再送信',
  'orgMembers.resendLabel': (_locale: string, email: string) => `${email} への招待を再送信`,
  'orgMembers.resent': (_locale: string, email: string) => `${email} に招待を再送信しました。`,
  'orgMembers.resendFailed': (_locale: string, email: string, reason: string) =>
    `${email} への招待を再送信できませんでした。${reason}`,
  'orgMembers.revoke': '取り消し',
  'orgMembers.revokeLabel': (_locale: string, email: string) => `${email} への招待を取り消し`,
  'orgMembers.revokeHeading': (_locale: string, email: string) => `${email} への招待を取り消しますか？`,
  'orgMembers.revokeBody': '招待リンクはすぐに無効になります。このアドレスは後でもう一度招待できます。',
  'orgMembers.revokeConfirm': '招待を取り消し',
  'orgMembers.revoked': (_locale: string, email: string) => `${email} への招待を取り消しました。`,
  'orgMembers.revokeFailed': (_locale: string, email: string, reason: string) =>
    `${email} への招待を取り消せませんでした。${reason}`,

  // invite dialog
  'orgMembers.invite': 'メンバーを招待',
  'orgMembers.inviteHeading': 'メンバーを招待',
  'orgMembers.inviteEmailsLabel': 'メールアドレス',
  'orgMembers.inviteEmailsHint':
    'アドレスはカンマ、スペース、改行で区切るか、「email,role」形式の CSV 行を貼り付けてください。',
  'orgMembers.inviteLimitHint': (locale: string, max: number) => `一度に最大 ${n(locale, max)} 人まで招待できます。`,
  'orgMembers.inviteRoleLabel': 'ロール',
  'orgMembers.inviteRoleHint': 'CSV 行でロールが指定されていないすべてのアドレスに割り当てられます。',
  'orgMembers.previewCaption': 'プレビュー',
  'orgMembers.columnEmail': 'メールアドレス',
  'orgMembers.columnRole': 'ロール',
  'orgMembers.columnStatus': 'ステータス',
  'orgMembers.previewReady': '送信可能',
  'orgMembers.problem.invalid_email': '有効なメールアドレスではありません',
  'orgMembers.problem.duplicate': '重複しています',
  'orgMembers.problem.already_member': 'すでにメンバーです',
  'orgMembers.problem.already_invited': 'すでに招待済みです',
  'orgMembers.problem.unknown_role': (_locale: string, role: string) => `「${role}」というロールはありません`,
  'orgMembers.previewSummary': (locale: string, ready: number, skipped: number) => {
    const readyText = `送信可能なアドレスは ${n(locale, ready)} 件です`;
    if (skipped === 0) return `${readyText}。`;
    return `${readyText}。問題のある ${n(locale, skipped)} 件はスキップされます。`;
  },
  'orgMembers.previewMore': (locale: string, hidden: number) => `ほかに ${n(locale, hidden)} 行あります（表示されていません）。`,
  'orgMembers.overLimit': (locale: string, ready: number, max: number) =>
    `一度に招待できるのは最大 ${n(locale, max)} 人ですが、送信可能なアドレスが ${n(locale, ready)} 件あります。${n(locale, ready - max)} 件を削除し、残りは別の招待で送信してください。`,
  'orgMembers.nothingToSend': '招待を送信するには、有効なメールアドレスを 1 件以上追加してください。',
  'orgMembers.send': (locale: string, ready: number) => `${n(locale, ready)} 件の招待を送信`,
  'orgMembers.sendEmpty': '招待を送信',
  'orgMembers.sending': '招待を送信しています…',
  'orgMembers.resultsCaption': '結果',
  'orgMembers.columnResult': '結果',
  'orgMembers.result.invited': '招待済み',
  'orgMembers.result.already_member': 'すでにメンバーです',
  'orgMembers.result.already_invited': 'すでに招待済みです',
  'orgMembers.result.invalid': '有効なメールアドレスではありません',
  'orgMembers.notSent': (_locale: string, reason: string) => `未送信: ${reason}`,
  'orgMembers.resultsSummary': (locale: string, invited: number, notInvited: number) => {
    const invitedText = `${n(locale, invited)} 人を招待しました`;
    if (notInvited === 0) return `${invitedText}。`;
    return `${invitedText}。${n(locale, notInvited)} 件のアドレスは招待されませんでした。`;
  },
  'orgMembers.inviteMore': 'さらに招待する',
  'orgMembers.done': '完了',
  'orgMembers.inviteFailed': (_locale: string, reason: string) => `招待を送信できませんでした。${reason}`,
  'orgMembers.invitePlan': (_locale: string, planName: string) =>
    planName
      ? `ご利用の ${planName} プランには組織機能が含まれていないため、招待を送信できません。チームメイトを招待するには、プランをアップグレードしてください。`
      : 'ご利用のプランには組織機能が含まれていないため、招待を送信できません。チームメイトを招待するには、プランをアップグレードしてください。',

  // <so-org-profile>
  'orgProfile.label': '組織',
  'orgProfile.description': '組織の名前、ウェブアドレス、ブランディングです。',
  'orgProfile.noOrganization': 'どの組織にも所属していません。',
  'orgProfile.name': '組織名',
  'orgProfile.slug': 'スラッグ',
  'orgProfile.slugHint': 'ウェブアドレスに使われます。英小文字、数字、ハイフンで 3〜40 文字。',
  'orgProfile.logo': 'ロゴ',
  'orgProfile.logoUrl': 'ロゴの URL',
  'orgProfile.logoHint': 'https:// アドレスまたはこのサイト上のパス。空欄にすると頭文字が表示されます。',
  'orgProfile.logoAlt': (_locale: string, name: string) => `${name} のロゴ`,
  'orgProfile.initialsLabel': (_locale: string, name: string) => `${name}: ロゴなし、頭文字を表示`,
  'orgProfile.uploadLogo': 'ロゴをアップロード',
  'orgProfile.uploading': 'アップロード中…',
  'orgProfile.removeLogo': 'ロゴを削除',
  'orgProfile.brandColor': 'ブランドカラー',
  'orgProfile.colorPicker': 'ブランドカラーを選択',
  'orgProfile.colorHex': '16 進数の値',
  'orgProfile.colorHint': '#3f5efb のような 16 進数のカラー。空欄にすると既定の色が使われます。',
  'orgProfile.noColor': 'ブランドカラーが設定されていません。既定の色が使われます。',
  'orgProfile.sample': 'サンプルボタン',
  'orgProfile.contrastWhite': (_locale: string, ratio: string) => `白い文字: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale: string, ratio: string) => `黒い文字: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'この色では白い文字のほうが読みやすいため、サンプルには白い文字を使っています。',
  'orgProfile.sampleUsesBlack': 'この色では黒い文字のほうが読みやすいため、サンプルには黒い文字を使っています。',
  'orgProfile.lowWhiteContrast': (_locale: string, ratio: string) =>
    `この色の上の白い文字のコントラストは ${ratio}:1 しかなく、読みやすい文字に必要な 4.5:1 に届きません。この色のボタンには暗い色の文字を使うか、より暗い色を選んでください。`,
  'orgProfile.admin': '管理者アカウント',
  'orgProfile.adminReason': '管理者アカウントはここでは変更できません。移管するには、サポートにお問い合わせください。',
  'orgProfile.nameRequired': '組織名を入力してください。',
  'orgProfile.nameTooLong': '100 文字以内で入力してください。',
  'orgProfile.slugRequired': 'スラッグを入力してください。',
  'orgProfile.slugCharacters': '英小文字、数字、ハイフンのみを使用し、スペースは入れないでください。',
  'orgProfile.slugLength': '3〜40 文字で入力してください。',
  'orgProfile.slugEdges': '先頭と末尾は英字または数字にしてください。',
  'orgProfile.slugTaken': 'このスラッグはすでに使われています。別のスラッグをお試しください。',
  'orgProfile.slugRejected': 'このスラッグは使用できません。すでに使われている可能性があります。別のスラッグをお試しください。',
  'orgProfile.nameRejected': 'この名前は使用できません。別の名前をお試しください。',
  'orgProfile.logoUnsafe': 'https:// アドレスまたはこのサイト上のパスを使用してください。',
  'orgProfile.logoRejected': 'このロゴのアドレスは使用できません。別のアドレスをお試しください。',
  'orgProfile.uploadFailed': 'ロゴをアップロードできませんでした。もう一度お試しください。',
  'orgProfile.uploadUnsafe': 'アップロードしたロゴのアドレスは、安全に表示できないものでした。',
  'orgProfile.colorInvalid': '#3f5efb のような 16 進数のカラーを使用してください。',
  'orgProfile.colorRejected': 'この色は使用できません。別の色をお試しください。',
  'orgProfile.save': '保存',
  'orgProfile.saving': '保存中…',
  'orgProfile.discard': '変更を破棄',
  'orgProfile.unsaved': '保存されていない変更があります。',
  'orgProfile.saved': '組織の設定を保存しました。',
  'orgProfile.saveFailed': (_locale: string, reason: string) => `組織の設定を保存できませんでした。変更内容は保持されています。${reason}`,
  'orgProfile.fixFields': '確認が必要な項目があります。',
  'orgProfile.uploaded': 'ロゴをアップロードしました。使用するには保存してください。',
  'orgProfile.readOnly': 'これらの設定を表示することはできますが、変更する権限がありません。',
  'orgProfile.cannotUpdate': 'これらの設定はここでは変更できません。',
  'orgProfile.upgradeTitle': '組織の設定には組織を含むプランが必要です',
  'orgProfile.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `ご利用の ${planName} プランには組織機能が含まれていません。アップグレードすると、組織の名前、ウェブアドレス、ブランディングを設定できます。`
      : 'ご利用のプランには組織機能が含まれていません。アップグレードすると、組織の名前、ウェブアドレス、ブランディングを設定できます。',
  'orgProfile.upgrade': 'プランをアップグレード',

  // <so-danger-zone>
  'dangerZone.label': '危険な操作',
  'dangerZone.empty': 'ここで実行できる操作はありません。',
  'dangerZone.emptyNoPermission': 'これらの操作には、あなたが持っていない権限が必要です。組織のオーナーにお問い合わせください。',
  'dangerZone.unavailablePermission': 'この操作を行う権限がありません。',
  'dangerZone.unavailableNoOrganization': 'どの組織にも所属していません。',
  'dangerZone.revokeSessions.title': 'すべてのセッションからサインアウト',
  'dangerZone.revokeSessions.description':
    'すべてのデバイスとブラウザーから一度にサインアウトします。他人があなたのアカウントにアクセスしている疑いがある場合に使用してください。',
  'dangerZone.revokeSessions.breaks': '各デバイスでもう一度サインインする必要があります。',
  'dangerZone.revokeSessions.button': 'すべての場所からサインアウト',
  'dangerZone.revokeSessions.heading': 'すべてのセッションからサインアウトしますか？',
  'dangerZone.revokeSessions.body':
    'あなたのアカウントにサインインしているすべてのデバイスとブラウザーが一度にサインアウトされます。他の場所であなたのアカウントを使用している人は、アクセスできなくなります。',
  'dangerZone.revokeSessions.done': 'すべてのセッションからサインアウトしました。',
  'dangerZone.regenerateSecrets.title': 'API シークレットを再生成',
  'dangerZone.regenerateSecrets.description':
    '有効なすべての API キーを新しいキーに置き換えます。シークレットが漏洩した可能性がある場合に使用してください。',
  'dangerZone.regenerateSecrets.breaks': '古い認証情報を使用しているすべての連携が、すぐに動作しなくなります。',
  'dangerZone.regenerateSecrets.button': 'シークレットを再生成',
  'dangerZone.regenerateSecrets.heading': 'すべての API シークレットを再生成しますか？',
  'dangerZone.regenerateSecrets.body':
    '有効なすべての API キーが新しいキーに置き換えられ、古いキーはすぐに無効になります。古い認証情報を使用しているすべての連携は、新しいシークレットを設定するまで動作しなくなります。',
  'dangerZone.regenerateSecrets.shownOnce': '新しいシークレットは一度だけ表示されます。安全な保管場所を用意しておいてください。',
  'dangerZone.regenerateSecrets.savedHint': '各連携を新しいシークレットで更新してください。',
  'dangerZone.regenerateSecrets.none': '有効な API キーがなかったため、新しいシークレットは作成されませんでした。',
  'dangerZone.leaveOrganization.title': '組織から脱退',
  'dangerZone.leaveOrganization.description': (_locale: string, name: string) =>
    `${name} から脱退します。メンバー、API キー、使用量、請求情報にアクセスできなくなります。`,
  'dangerZone.leaveOrganization.breaks': '戻るには、オーナーからもう一度招待してもらう必要があります。',
  'dangerZone.leaveOrganization.button': '組織から脱退',
  'dangerZone.leaveOrganization.heading': (_locale: string, name: string) => `${name} から脱退しますか？`,
  'dangerZone.leaveOrganization.body': (_locale: string, name: string) =>
    `${name} のメンバー、API キー、使用量、請求情報にすぐにアクセスできなくなります。戻るには、オーナーからもう一度招待してもらう必要があります。`,
  'dangerZone.leaveOrganization.lastOwner': (_locale: string, name: string) =>
    `あなたは ${name} の唯一のオーナーです。脱退する前に、別のメンバーをオーナーにしてください。`,
  'dangerZone.leaveOrganization.done': (_locale: string, name: string) => `${name} から脱退しました。`,
  'dangerZone.deleteOrganization.title': '組織を削除',
  'dangerZone.deleteOrganization.description': (_locale: string, name: string) =>
    `${name} を完全に削除します。チーム、サブスクリプション、プロジェクトとデータセット、カード情報、使用量と請求のデータが削除されます。`,
  'dangerZone.deleteOrganization.breaks': 'この操作は元に戻せません。',
  'dangerZone.deleteOrganization.button': '組織を削除',
  'dangerZone.deleteOrganization.heading': (_locale: string, name: string) => `${name} を削除しますか？`,
  'dangerZone.deleteOrganization.lossIntro': '組織を削除すると、次のものが完全に削除されます:',
  'dangerZone.deleteOrganization.lossMembers': 'チームのすべてのユーザー',
  'dangerZone.deleteOrganization.lossSubscriptions': 'すべてのサブスクリプションの記録',
  'dangerZone.deleteOrganization.lossProjects': 'すべてのプロジェクトとそのデータセット',
  'dangerZone.deleteOrganization.lossCard': 'カード情報',
  'dangerZone.deleteOrganization.lossUsage': '使用量と請求のデータ',
  'dangerZone.deleteOrganization.irreversible': 'この操作は元に戻せません。',
  'dangerZone.deleteOrganization.blocked': (locale: string, count: number) =>
    count === 1
      ? '有効なサブスクリプションがある間は、組織を削除できません。先にサブスクリプションを解約してから削除してください:'
      : `有効なサブスクリプションが ${n(locale, count)} 件ある間は、組織を削除できません。先にそれぞれを解約してから削除してください:`,
  'dangerZone.deleteOrganization.blockedShort': (locale: string, count: number) =>
    count === 1
      ? '先に有効なサブスクリプションを解約する必要があります。'
      : `先に有効なサブスクリプション ${n(locale, count)} 件を解約する必要があります。`,
  'dangerZone.deleteOrganization.stillBlocked': 'まだ有効なサブスクリプションがあるため、組織を削除できません。',
  'dangerZone.deleteOrganization.nameChanged': '組織名が一致しなくなりました。確認のため、現在の組織名を入力してください。',
  'dangerZone.deleteOrganization.done': (_locale: string, name: string) => `${name} を削除しました。`,

  // <so-sessions>
  'sessions.label': 'アクティブなセッション',
  'sessions.description': 'サインインしているデバイスとブラウザーです。心当たりのないものがあれば、サインアウトしてください。',
  'sessions.empty': 'アクティブなセッションはありません。',
  'sessions.thisDevice': 'このデバイス',
  'sessions.lastActive': '最終アクティブ',
  'sessions.location': '場所',
  'sessions.activeNow': '現在アクティブ',
  'sessions.revoke': 'サインアウト',
  'sessions.revokeLabel': (_locale: string, device: string) => `${device} からサインアウト`,
  'sessions.revoking': 'サインアウトしています…',
  'sessions.revoked': (_locale: string, device: string) => `${device} からサインアウトしました。`,
  'sessions.revokeFailed': (_locale: string, device: string, reason: string) =>
    `${device} からサインアウトできませんでした。${reason}`,
  'sessions.revokeOthers': '他のすべてのセッションからサインアウト',
  'sessions.revokeOthersHeading': '他のすべてのセッションからサインアウトしますか？',
  'sessions.revokeOthersBody': (locale: string, count: number) =>
    `他の ${n(locale, count)} 台のデバイスでサインアウトされます。このデバイスはサインインしたままです。`,
  'sessions.revokeOthersConfirm': 'サインアウト',
  'sessions.revokedOthers': (locale: string, count: number) => `他の ${n(locale, count)} 件のセッションからサインアウトしました。`,
  'sessions.revokeOthersFailed': (_locale: string, reason: string) =>
    `他のすべてのセッションからはサインアウトできませんでした。${reason}`,

  // <so-subscriptions>
  'subscriptions.label': 'サブスクリプション',
  'subscriptions.description':
    '組織が支払っているプランとアドオンです。いずれかが有効な間は、組織を削除できません。',
  'subscriptions.empty': '組織にはサブスクリプションがありません。',
  'subscriptions.unavailable': 'このサービスはサブスクリプションの一覧を提供していないため、ここには表示できません。',
  'subscriptions.readOnly':
    '組織のサブスクリプションを表示することはできますが、解約できるのは組織のオーナーなど組織を管理するユーザーだけです。',
  'subscriptions.kindLabel': '種類',
  'subscriptions.kind': (_locale: string, kind: string) => SUBSCRIPTION_KINDS[kind] ?? kind,
  'subscriptions.status': (_locale: string, status: string) => SUBSCRIPTION_STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale: string, date: string) => `${date} に更新`,
  'subscriptions.endsOn': (_locale: string, date: string) => `${date} に終了`,
  'subscriptions.endedOn': (_locale: string, date: string) => `${date} に終了しました`,
  'subscriptions.unsubscribe': '解約',
  'subscriptions.unsubscribeLabel': (_locale: string, name: string) => `${name} を解約`,
  'subscriptions.unsubscribing': '解約しています…',
  'subscriptions.dialogHeading': (_locale: string, name: string) => `${name} を解約しますか？`,
  'subscriptions.dialogConfirm': '解約',
  'subscriptions.dialogKeep': 'サブスクリプションを継続',
  'subscriptions.whenLegend': 'いつ終了しますか？',
  'subscriptions.atPeriodEnd': '請求期間の終了時',
  'subscriptions.atPeriodEndHint': (_locale: string, date: string) => `${date} まで引き続き利用でき、更新はされません。`,
  'subscriptions.now': '今すぐ',
  'subscriptions.nowHint': 'すぐに停止します。現在の期間の残りは使用されません。',
  'subscriptions.periodEndOnly': (_locale: string, name: string, date: string) =>
    `${name} は請求期間が終了する ${date} まで引き続き利用でき、更新はされません。`,
  'subscriptions.endsAnnounced': (_locale: string, name: string, date: string) => `${name} は ${date} に終了します。`,
  'subscriptions.endedAnnounced': (_locale: string, name: string) => `${name} は終了しました。`,
  'subscriptions.cancelFailed': (_locale: string, name: string, reason: string) => `${name} を解約できませんでした。${reason}`,

  // <so-notification-settings>
  'notifications.label': '通知',
  'notifications.description': 'お知らせする内容と、その方法を選んでください。',
  'notifications.empty': '設定できる通知はありません。',
  'notifications.categoryHeader': '通知',
  'notifications.category.usage_thresholds': '使用量のしきい値',
  'notifications.category.plan_renewal': 'プランの更新',
  'notifications.category.agent_errors': 'エージェントのエラー',
  'notifications.category.weekly_digest': '週間ダイジェスト',
  'notifications.channel.email': 'メール',
  'notifications.channel.push': 'プッシュ',
  'notifications.switchLabel': (_locale: string, category: string, channel: string) => `${category}（${channel}）`,
  'notifications.turnedOn': (_locale: string, category: string, channel: string) => `${category}（${channel}）: オン。`,
  'notifications.turnedOff': (_locale: string, category: string, channel: string) => `${category}（${channel}）: オフ。`,
  'notifications.toggleFailed': (_locale: string, category: string, channel: string, reason: string) =>
    `${category}（${channel}）を変更できなかったため、元の設定に戻しました。${reason}`,
  'notifications.save': '保存',
  'notifications.saving': '保存中…',
  'notifications.discard': '変更を破棄',
  'notifications.saved': '通知設定を保存しました。',
  'notifications.saveFailed': (_locale: string, reason: string) => `通知設定を保存できませんでした。変更内容は保持されています。${reason}`,
  'notifications.unsaved': '保存されていない変更があります。',

  // <so-passkeys>
  'passkeys.label': 'パスキー',
  'passkeys.description': 'パスワードの代わりに、指紋、顔、またはデバイスの PIN でサインインできます。',
  'passkeys.empty': 'パスキーはまだありません。',
  'passkeys.added': '追加日',
  'passkeys.lastUsed': '最終使用',
  'passkeys.neverUsed': 'なし',
  'passkeys.nameLabel': 'パスキーの名前',
  'passkeys.namePlaceholder': '例: 仕事用ノート PC',
  'passkeys.nameRequired': 'パスキーの名前を入力してください。',
  'passkeys.nameTooLong': '64 文字以内で入力してください。',
  'passkeys.add': 'パスキーを追加',
  'passkeys.adding': 'デバイスからの応答を待っています…',
  'passkeys.addedDone': (_locale: string, name: string) => `パスキー「${name}」を追加しました。`,
  'passkeys.cancelled': 'パスキーの設定がキャンセルされたか、タイムアウトしました。何も追加されていません。',
  'passkeys.ceremonyFailed': 'デバイスでパスキーを作成できませんでした。もう一度試すか、別のデバイスを使用してください。',
  'passkeys.unsupported':
    'このブラウザーではパスキーを作成できません。指紋センサー、顔認識、または画面ロックのあるデバイスで、最新のブラウザーを使用してください。',
  'passkeys.addFailed': (_locale: string, reason: string) => `パスキーを追加できませんでした。${reason}`,
  'passkeys.rename': '名前を変更',
  'passkeys.renameLabel': (_locale: string, name: string) => `${name} の名前を変更`,
  'passkeys.save': '保存',
  'passkeys.cancel': 'キャンセル',
  'passkeys.renamed': (_locale: string, name: string) => `名前を「${name}」に変更しました。`,
  'passkeys.renameFailed': (_locale: string, reason: string) => `パスキーの名前を変更できませんでした。${reason}`,
  'passkeys.delete': '削除',
  'passkeys.deleteLabel': (_locale: string, name: string) => `${name} を削除`,
  'passkeys.deleteHeading': (_locale: string, name: string) => `「${name}」を削除しますか？`,
  'passkeys.deleteBody': 'このパスキーではサインインできなくなります。他のサインイン方法は引き続き使用できます。',
  'passkeys.deleteConfirm': 'パスキーを削除',
  'passkeys.deleted': (_locale: string, name: string) => `パスキー「${name}」を削除しました。`,
  'passkeys.deleteFailed': (_locale: string, reason: string) => `パスキーを削除できませんでした。${reason}`,

  // <so-profile-form>
  'profile.label': 'プロフィール',
  'profile.description': 'あなたの名前、メールアドレス、写真、タイムゾーン、言語です。',
  'profile.displayName': '表示名',
  'profile.email': 'メールアドレス',
  'profile.emailChangeHint': '新しいアドレスに確認リンクを送信します。確認が完了すると変更が反映されます。',
  'profile.pendingEmail': (_locale: string, email: string) => `変更を確定するには、${email} を確認してください。`,
  'profile.avatar': 'プロフィール写真',
  'profile.avatarAlt': (_locale: string, name: string) => (name ? `${name} のプロフィール写真` : 'あなたのプロフィール写真'),
  'profile.avatarUrl': '写真の URL',
  'profile.avatarUrlHint': 'https:// アドレスまたはこのサイト上のパス。空欄にすると頭文字が表示されます。',
  'profile.upload': '写真をアップロード',
  'profile.uploading': '写真をアップロードしています…',
  'profile.uploaded': '写真をアップロードしました。保持するには保存してください。',
  'profile.uploadFailed': (_locale: string, reason: string) => `写真をアップロードできませんでした。${reason}`,
  'profile.timezone': 'タイムゾーン',
  'profile.timezoneHint': '都市名または GMT+1 のようなオフセットを入力し、一覧から選んでください。',
  'profile.timezoneNow': (_locale: string, offset: string) => `現在 ${offset}。`,
  'profile.timezoneOption': (_locale: string, zone: string, offset: string) => `${zone}（${offset}）`,
  'profile.timezoneNoMatch': '一致するタイムゾーンはありません。',
  'profile.language': '言語',
  'profile.error.displayNameRequired': '名前を入力してください。',
  'profile.error.displayNameTooLong': (locale: string, max: number) => `${n(locale, max)} 文字以内で入力してください。`,
  'profile.error.email': 'name@example.com のようなメールアドレスを入力してください。',
  'profile.error.avatarUrl': 'https:// アドレスまたはこのサイト上のパスを使用してください。',
  'profile.error.timezone': '一覧からタイムゾーンを選んでください。',
  'profile.error.locale': '一覧から言語を選んでください。',
  'profile.save': '保存',
  'profile.saving': '保存中…',
  'profile.discard': '変更を破棄',
  'profile.unsaved': '保存されていない変更があります。',
  'profile.saved': 'プロフィールを保存しました。',
  'profile.savedPendingEmail': (_locale: string, email: string) =>
    `プロフィールを保存しました。新しいメールアドレスを確定するには、${email} を確認してください。`,
  'profile.saveFailed': (_locale: string, reason: string) => `プロフィールを保存できませんでした。変更内容は保持されています。${reason}`,

  // <so-account-settings>
  'settings.label': '設定',
  'settings.tab.general': '一般',
  'settings.tab.api-keys': 'API キー',
  'settings.tab.usage': '使用量',
  'settings.tab.billing': '請求',
  'settings.tab.notifications': '通知',
  'settings.tab.organization': '組織',
  'settings.empty': 'このアカウントで表示できる設定はありません。',
  'settings.membershipFailed': '組織を確認できなかったため、組織タブを表示していません。',
};

export default ja;
