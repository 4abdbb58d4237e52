import type { Messages } from '../internal/localize/en.js';
import { formatNumber, plural } from '../internal/format.js';
import { cardBrandName } from '../internal/localize/card-brand.js';

const n = (locale: string, value: number) => formatNumber(locale, value);

const BILLING_STATUSES: Record<string, string> = { active: 'Actif', trialing: 'Essai', past_due: 'En retard', canceled: 'Résilié' };
const INVOICE_STATUSES: Record<string, string> = { paid: 'Payée', open: 'En attente', void: 'Annulée', uncollectible: 'Irrécouvrable' };
const SUBSCRIPTION_KINDS: Record<string, string> = { job_plan: 'Forfait de tâches', workspace_capacity: 'Capacité de l’espace de travail' };
const SUBSCRIPTION_STATUSES: Record<string, string> = { active: 'Actif', trialing: 'Essai', past_due: 'En retard', canceled: 'Terminé' };

// French typography: a no-break space (\u00a0) before a colon and inside « », a narrow one (\u202f)
// before ? ; and !, written as escapes so they stay visible in review.

/** French messages for every element. Register with `registerTranslation('fr', fr)`. */
export const fr: Messages = {
  // states
  'state.loading': 'Chargement…',
  'state.empty': 'Rien pour l’instant.',
  'state.retry': 'Réessayer',
  'state.dismiss': 'Fermer',

  // errors
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous pour continuer.',
  'error.forbidden': 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  'error.reauth_required': 'Pour votre sécurité, confirmez à nouveau votre identité pour continuer.',
  'error.not_found': 'Cet élément n’existe plus. Il a peut-être été supprimé.',
  'error.conflict': 'Cette modification est en conflit avec l’état actuel. Actualisez la page et réessayez.',
  'error.validation': 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
  'error.rate_limited': (locale, seconds) =>
    seconds
      ? plural(locale, seconds, {
          one: `Trop de requêtes. Réessayez dans ${seconds} seconde.`,
          other: `Trop de requêtes. Réessayez dans ${seconds} secondes.`,
        })
      : 'Trop de requêtes. Patientez un instant, puis réessayez.',
  'error.unavailable': 'Le service est temporairement indisponible. Réessayez dans un instant.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'error.aborted': 'La requête a été annulée.',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',
  'error.noClient': 'Aucun client de compte n’est configuré.',
  'error.noClientHint':
    'Définissez la propriété client de l’élément, placez-le dans <so-account-provider> ou appelez setDefaultAccountClient().',

  // confirm dialog
  'dialog.heading': 'Voulez-vous vraiment continuer\u202f?',
  'dialog.confirm': 'Confirmer',
  'dialog.cancel': 'Annuler',
  'dialog.typeToConfirm': (_locale, phrase) => `Saisissez ${phrase} pour confirmer`,
  'dialog.typeMismatch': 'Le texte ne correspond pas encore.',
  'dialog.busy': 'Traitement en cours…',

  // secret field
  'secret.label': 'Secret',
  'secret.masked': (_locale, prefix, last4) => `${prefix}…${last4}, masqué`,
  'secret.reveal': 'Afficher',
  'secret.hide': 'Masquer',
  'secret.copy': 'Copier',
  'secret.revealLabel': 'Afficher le secret',
  'secret.hideLabel': 'Masquer le secret',
  'secret.copyLabel': 'Copier le secret',
  'secret.revealFailed': 'Impossible d’afficher le secret. Réessayez.',
  'secret.copyFailedHidden': 'Impossible de copier dans le presse-papiers. Réessayez.',
  'secret.copied': 'Copié dans le presse-papiers.',
  'secret.copyFailed': 'Impossible de copier automatiquement. Sélectionnez le texte et copiez-le vous-même.',
  'secret.revealed': 'Secret affiché.',
  'secret.hidden': 'Secret masqué.',
  'secret.autoHide': (locale, seconds) =>
    plural(locale, seconds, {
      one: `Sera de nouveau masqué dans ${seconds} seconde.`,
      other: `Sera de nouveau masqué dans ${seconds} secondes.`,
    }),

  // once-only secret panel
  'secretOnce.heading': (locale, count) =>
    plural(locale, count, { one: 'Enregistrez votre nouveau secret', other: 'Enregistrez vos nouveaux secrets' }),
  'secretOnce.warning': (locale, count) =>
    plural(locale, count, {
      one: 'Ce secret ne sera plus affiché. Copiez-le maintenant et conservez-le en lieu sûr. Si vous le perdez, il vous en faudra un nouveau.',
      other: 'Ces secrets ne seront plus affichés. Copiez-les maintenant et conservez-les en lieu sûr. Si vous en perdez un, il vous en faudra un nouveau.',
    }),
  'secretOnce.dismiss': 'Je l’ai enregistré',
  'secretOnce.dismissMany': 'Je les ai enregistrés',

  // API keys
  'apiKeyPanel.heading': 'Clés API',
  'apiKeyPanel.description':
    'Les clés authentifient les requêtes envoyées à l’API. Traitez-les comme des mots de passe\u00a0: ne les partagez jamais et ne les placez pas dans du code côté client.',
  'apiKeyPanel.appHeading': 'Identifiants de l’application',
  'apiKeyPanel.appDescription':
    'Votre application s’identifie avec l’ID d’application et le prouve avec le secret d’application. Conservez le secret sur votre serveur.',
  'apiKeyPanel.readOnly':
    'Vous pouvez consulter ces clés, mais pas les créer, les renouveler ni les révoquer\u00a0: il faut pour cela l’autorisation de gérer les clés API. Adressez-vous à un propriétaire ou à un administrateur de l’organisation.',
  'apiKeyPanel.listLabel': 'Clés API',
  'apiKeyPanel.empty': 'Aucune clé API pour l’instant.',
  'apiKeyPanel.emptyCreate': 'Créez une clé pour commencer à appeler l’API.',
  'apiKeyPanel.emptyApp': 'Cette application n’a pas encore de secret.',
  'apiKeyPanel.status.expiring': 'Expire bientôt',
  'apiKeyPanel.status.expired': 'Expirée',
  'apiKeyPanel.status.revoked': 'Révoquée',
  'apiKeyPanel.created': 'Créée',
  'apiKeyPanel.lastUsed': 'Dernière utilisation',
  'apiKeyPanel.neverUsed': 'Jamais',
  'apiKeyPanel.expires': 'Expire',
  'apiKeyPanel.expired': 'Expirée',
  'apiKeyPanel.stopsWorking': 'Cesse de fonctionner',
  'apiKeyPanel.scopes': 'Autorisations',
  'apiKeyPanel.separator': ' · ',
  'apiKeyPanel.appId': 'ID d’application',
  'apiKeyPanel.copyAppId': 'Copier',
  'apiKeyPanel.copyAppIdLabel': 'Copier l’ID d’application',
  'apiKeyPanel.appIdCopied': 'ID d’application copié dans le presse-papiers.',
  'apiKeyPanel.appIdCopyFailed': 'Impossible de copier automatiquement. L’ID d’application est sélectionné\u00a0: copiez-le vous-même.',
  'apiKeyPanel.create': 'Créer une clé',
  'apiKeyPanel.rotate': 'Renouveler',
  'apiKeyPanel.rotateLabel': (_locale, name) => `Renouveler ${name}`,
  'apiKeyPanel.revoke': 'Révoquer',
  'apiKeyPanel.revokeLabel': (_locale, name) => `Révoquer ${name}`,
  'apiKeyPanel.revoked': (_locale, name) => `${name} a été révoquée.`,
  'apiKeyPanel.guidanceSummary': 'Renouveler une clé en toute sécurité',
  'apiKeyPanel.stepGenerate': 'Générez d’abord la nouvelle clé et copiez-la lorsqu’elle s’affiche\u00a0: elle n’est affichée qu’une seule fois.',
  'apiKeyPanel.stepDeploy': (_locale, variable) =>
    `Déployez-la dans chaque environnement qui utilise l’ancienne clé, sous ${variable} ou son équivalent chez vous.`,
  'apiKeyPanel.stepConfirm':
    'Vérifiez que l’ancienne clé n’est plus utilisée\u00a0: sa date de dernière utilisation ne change plus. Laissez-la ensuite expirer, ou révoquez-la.',
  'apiKeyPanel.rotateHeading': (_locale, name) => `Renouveler «\u00a0${name}\u00a0»\u202f?`,
  'apiKeyPanel.rotateConfirm': 'Renouveler la clé',
  'apiKeyPanel.rotateNow': 'La clé actuelle cesse de fonctionner immédiatement. Mettez à jour chaque intégration qui l’utilise.',
  'apiKeyPanel.rotateLater': (_locale, duration) =>
    `La clé actuelle continue de fonctionner pendant ${duration}, puis s’arrête. Mettez à jour d’ici là chaque intégration qui l’utilise.`,
  'apiKeyPanel.rotateSteps': 'Pour renouveler sans interruption de service\u00a0:',
  'apiKeyPanel.graceLegend': 'Quand la clé actuelle doit-elle cesser de fonctionner\u202f?',
  'apiKeyPanel.graceNow': 'Immédiatement',
  'apiKeyPanel.graceAfter': (_locale, duration) => `Après ${duration}`,
  'apiKeyPanel.revokeHeading': (_locale, name) => `Révoquer «\u00a0${name}\u00a0»\u202f?`,
  'apiKeyPanel.revokeConfirm': 'Révoquer la clé',
  'apiKeyPanel.revokeBody': 'Les requêtes qui utilisent cette clé cessent de fonctionner immédiatement. Cette action est irréversible.',
  'apiKeyPanel.createHeading': 'Créer une clé API',
  'apiKeyPanel.createConfirm': 'Créer la clé',
  'apiKeyPanel.nameLabel': 'Nom',
  'apiKeyPanel.nameHint': (_locale, max) =>
    `Indiquez où la clé est utilisée, par exemple «\u00a0Serveur de production\u00a0». ${max} caractères au maximum.`,
  'apiKeyPanel.nameRequired': 'Saisissez un nom pour la clé.',
  'apiKeyPanel.nameTooLong': (locale, max) =>
    plural(locale, max, { one: `Utilisez ${max} caractère au maximum.`, other: `Utilisez ${max} caractères au maximum.` }),
  'apiKeyPanel.nameTaken': 'Une clé porte déjà ce nom. Choisissez-en un autre.',
  'apiKeyPanel.nameRejected': 'Le serveur n’a pas accepté ce nom. Essayez-en un autre.',
  'apiKeyPanel.expiryLegend': 'Expiration',
  'apiKeyPanel.expiryNever': 'Jamais',
  'apiKeyPanel.expiryDays': (locale, days, date) =>
    plural(locale, days, { one: `Dans ${days} jour (${date})`, other: `Dans ${days} jours (${date})` }),
  'apiKeyPanel.expiryDate': 'À une date précise',
  'apiKeyPanel.expiryDateLabel': 'Date d’expiration',
  'apiKeyPanel.expiryDateRequired': 'Choisissez la date d’expiration de la clé.',
  'apiKeyPanel.expiryDatePast': 'Choisissez une date postérieure à aujourd’hui.',
  'apiKeyPanel.expiryRejected': 'Le serveur n’a pas accepté cette date. Choisissez-en une autre.',
  'apiKeyPanel.scopesLegend': 'Autorisations (facultatif)',
  'apiKeyPanel.scopesHint': 'Limitez ce que la clé peut faire. Ne cochez rien pour conserver l’accès par défaut.',
  'apiKeyPanel.scopesRejected': 'Le serveur n’a pas accepté ces autorisations.',
  'apiKeyPanel.deployHint': (_locale, variable) =>
    `Enregistrez-la sous ${variable} (ou son équivalent chez vous) dans chaque environnement qui en a besoin.`,

  // usage meter
  'usageMeter.listLabel': 'Utilisation du forfait',
  'usageMeter.defaultLabel': 'Utilisation',
  'usageMeter.empty': 'Aucune utilisation à afficher pour l’instant.',
  'usageMeter.metric.requests': 'Requêtes',
  'usageMeter.metric.tokens': 'Jetons',
  'usageMeter.metric.storage': 'Stockage',
  'usageMeter.usedOfLimit': (_locale, used, limit) => `${used} sur ${limit}`,
  'usageMeter.used': (_locale, used) => `Utilisé\u00a0: ${used}`,
  'usageMeter.unlimited': 'Illimité',
  'usageMeter.notIncluded': 'Non inclus dans votre forfait',
  'usageMeter.limitUnavailable': 'Limite indisponible',
  'usageMeter.unavailable': 'Données d’utilisation indisponibles',
  'usageMeter.overBy': (_locale, overage) => `${overage} au-delà de la limite`,
  'usageMeter.status.warning': 'Limite bientôt atteinte',
  'usageMeter.status.danger': 'Limite presque atteinte',
  'usageMeter.status.reached': 'Limite atteinte',
  'usageMeter.status.over': 'Limite dépassée',
  'usageMeter.valueText': (locale, used, limit, label, percent, overLimit) =>
    `${label}\u00a0: ${used} sur ${limit}, ${formatNumber(locale, percent)} pour cent${overLimit ? ', limite dépassée' : ''}`,
  'usageMeter.renews': (_locale, date) => `Renouvellement le ${date}`,
  'usageMeter.peak': (_locale, value) => `Pic ${value}`,
  'usageMeter.peakOn': (_locale, value, date) => `Pic ${value} le ${date}`,
  'usageMeter.analyticsLink': 'Voir l’analyse de l’utilisation',

  // billing card
  'billingCard.planHeading': 'Forfait',
  'billingCard.paymentMethodHeading': 'Moyen de paiement',
  'billingCard.invoicesHeading': 'Factures',
  'billingCard.status': (_locale, status) => BILLING_STATUSES[status] ?? status,
  'billingCard.price': (_locale, price, interval) => (interval === 'year' ? `${price} par an` : `${price} par mois`),
  'billingCard.renewsOn': (_locale, date) => `Renouvellement le ${date}`,
  'billingCard.trialEndsOn': (_locale, date) => `Essai gratuit jusqu’au ${date}\u202f; la facturation commence ensuite`,
  'billingCard.accessEndsOn': (_locale, date) => `Résilié\u202f; l’accès reste ouvert jusqu’au ${date}`,
  'billingCard.endedOn': (_locale, date) => `Terminé le ${date}`,
  'billingCard.scheduledChange': (_locale, planName, date) =>
    `Passage à ${planName} le ${date} — les changements de forfait s’appliquent au prochain renouvellement, vous n’êtes donc jamais facturé deux fois.`,
  'billingCard.cardBrand': (_locale, brand) =>
    cardBrandName(brand, 'Carte'),
  'billingCard.cardSummary': (_locale, brand, last4) => `${brand} se terminant par ${last4}`,
  'billingCard.cardExpires': (_locale, date) => `Expire en ${date}`,
  'billingCard.cardExpiringSoon': (_locale, month) =>
    `Expire bientôt, fin ${month}. Mettez-la à jour pour éviter une interruption.`,
  'billingCard.cardExpired': (_locale, month) => `Expirée depuis fin ${month}.`,
  'billingCard.cardBadgeExpiring': 'Expire bientôt',
  'billingCard.cardBadgeExpired': 'Expirée',
  'billingCard.noPaymentMethod': 'Aucun moyen de paiement enregistré.',
  'billingCard.noPaymentMethodTrial': (_locale, date) =>
    `Ajoutez un moyen de paiement avant la fin de votre essai, le ${date}, pour conserver votre forfait.`,
  'billingCard.manageBilling': 'Gérer la facturation',
  'billingCard.changePaymentMethod': 'Changer de moyen de paiement',
  'billingCard.addPaymentMethod': 'Ajouter un moyen de paiement',
  'billingCard.viewInvoices': 'Voir les factures',
  'billingCard.opening': 'Ouverture du portail de facturation…',
  'billingCard.portalFailed': (_locale, reason) => `Impossible d’ouvrir le portail de facturation. ${reason}`,
  'billingCard.portalUnsafeUrl':
    'Le portail de facturation a renvoyé un lien qui n’est pas une adresse https: sécurisée, il n’a donc pas été ouvert. Réessayez, ou contactez le support si le problème persiste.',
  'billingCard.portalBlocked': 'Votre navigateur a bloqué le nouvel onglet.',
  'billingCard.portalOpenLink': 'Ouvrir le portail de facturation',
  'billingCard.opensInNewTab': '(s’ouvre dans un nouvel onglet)',
  'billingCard.invoicesInPortal': 'Les factures et les reçus se trouvent dans le portail de facturation.',
  'billingCard.problem.card_expired.title': 'Votre carte a expiré',
  'billingCard.problem.card_expired.body':
    'Vérifiez vos paramètres de paiement\u00a0: mettez à jour votre moyen de paiement pour conserver votre forfait sans interruption.',
  'billingCard.problem.card_declined.title': 'Votre dernier paiement a été refusé',
  'billingCard.problem.card_declined.body':
    'Votre banque a refusé le prélèvement. Mettez à jour votre moyen de paiement pour éviter une interruption du service.',
  'billingCard.problem.requires_action.title': 'Votre banque vous demande de confirmer un paiement',
  'billingCard.problem.requires_action.body': 'Confirmez le paiement auprès de votre banque pour que votre forfait reste actif.',
  'billingCard.problem.past_due.title': 'Votre paiement est en retard',
  'billingCard.problem.past_due.body':
    'Nous n’avons pas pu encaisser le dernier paiement. Mettez à jour votre moyen de paiement pour ne pas perdre l’accès.',
  'billingCard.problem.other.title': 'Il y a un problème avec votre paiement',
  'billingCard.problem.other.body': 'Mettez à jour votre moyen de paiement pour éviter une interruption du service.',
  'billingCard.problemActionPaymentMethod': 'Mettre à jour le moyen de paiement',
  'billingCard.problemActionConfirm': 'Confirmer le paiement',
  'billingCard.problemReadOnly': 'Demandez à une personne qui gère la facturation de votre organisation de régler ce problème.',
  'billingCard.readOnly':
    'Vous pouvez consulter la facturation, mais seules les personnes autorisées à gérer la facturation de votre organisation, comme ses propriétaires, peuvent changer de forfait ou de moyen de paiement.',
  'billingCard.noSubscriptionTitle': 'Aucun abonnement actif',
  'billingCard.noSubscriptionBody': 'Choisissez un forfait pour commencer.',
  'billingCard.noSubscriptionReadOnly': 'Demandez à une personne qui gère la facturation de votre organisation de choisir un forfait.',
  'billingCard.choosePlan': 'Choisir un forfait',
  'billingCard.invoicesEmpty': 'Aucune facture pour l’instant.',
  'billingCard.invoiceDate': 'Date',
  'billingCard.invoiceNumber': 'Facture',
  'billingCard.invoiceAmount': 'Montant',
  'billingCard.invoiceStatusHeader': 'Statut',
  'billingCard.invoiceStatus': (_locale, status) => INVOICE_STATUSES[status] ?? status,

  // organization members
  'orgMembers.heading': 'Membres',
  'orgMembers.count': (locale, total) => plural(locale, total, { one: `${n(locale, total)} membre`, other: `${n(locale, total)} membres` }),
  'orgMembers.searchLabel': 'Rechercher des membres',
  'orgMembers.searchPlaceholder': 'Rechercher par nom ou adresse e-mail',
  'orgMembers.searching': 'Recherche en cours…',
  'orgMembers.searchResults': (locale, total, query) =>
    total === 0
      ? `Aucun membre ne correspond à «\u00a0${query}\u00a0».`
      : plural(locale, total, {
          one: `${n(locale, total)} membre correspond à «\u00a0${query}\u00a0».`,
          other: `${n(locale, total)} membres correspondent à «\u00a0${query}\u00a0».`,
        }),
  'orgMembers.noMatch': (_locale, query) => `Aucun membre ne correspond à «\u00a0${query}\u00a0».`,
  'orgMembers.noMatchHint': 'Vérifiez l’orthographe, ou recherchez plutôt par adresse e-mail.',
  'orgMembers.clearSearch': 'Effacer la recherche',
  'orgMembers.listHint':
    'Utilisez les flèches haut et bas pour passer d’un membre à l’autre, Début et Fin pour aller au premier et au dernier, et Tab pour atteindre les commandes d’un membre.',
  'orgMembers.showing': (locale, shown, total) =>
    plural(locale, total, {
      one: `${n(locale, shown)} membre affiché sur ${n(locale, total)}`,
      other: `${n(locale, shown)} membres affichés sur ${n(locale, total)}`,
    }),
  'orgMembers.loadMore': 'Charger plus de membres',
  'orgMembers.loadingMore': 'Chargement d’autres membres…',
  'orgMembers.loadMoreFailed': 'Impossible de charger plus de membres.',
  'orgMembers.retry': 'Réessayer',
  'orgMembers.you': 'Vous',
  'orgMembers.rowLabel': (_locale, name, role, isYou) => (isYou ? `${name} (vous), ${role}` : `${name}, ${role}`),
  'orgMembers.roleFor': (_locale, name) => `Rôle de ${name}`,
  'orgMembers.unknownRole': 'Rôle inconnu',
  'orgMembers.joined': (_locale, date) => `Membre depuis le ${date}`,
  'orgMembers.lastActive': (_locale, relative) => `Actif ${relative}`,
  'orgMembers.neverActive': 'Pas encore actif',
  'orgMembers.remove': 'Retirer',
  'orgMembers.removeLabel': (_locale, name) => `Retirer ${name}`,
  'orgMembers.selfNote':
    'C’est vous. Vous ne pouvez pas vous retirer ici\u202f; pour quitter l’organisation, utilisez la zone de danger.',
  'orgMembers.lastOwnerNote':
    'Le dernier propriétaire ne peut être ni rétrogradé ni retiré. Désignez d’abord un autre membre comme propriétaire.',
  'orgMembers.rolesHeading': 'À propos des rôles',
  'orgMembers.readOnly':
    'Vous pouvez voir qui fait partie de cette organisation, mais vous n’avez pas l’autorisation de gérer les membres\u00a0: seules les personnes autorisées peuvent inviter, changer les rôles ou retirer des membres.',
  'orgMembers.emptyTitle': 'Vous êtes seul pour l’instant',
  'orgMembers.emptyBody': 'Invitez vos collègues à travailler ensemble dans cette organisation.',
  'orgMembers.emptyBodyReadOnly': 'Personne d’autre n’a encore rejoint cette organisation.',
  'orgMembers.upgradeTitle': 'Les membres nécessitent un forfait avec organisations',
  'orgMembers.upgradeBody': (_locale, planName) =>
    planName
      ? `Votre forfait ${planName} n’inclut pas les organisations. Passez à un forfait supérieur pour inviter vos collègues, leur attribuer des rôles et gérer les accès.`
      : 'Votre forfait n’inclut pas les organisations. Passez à un forfait supérieur pour inviter vos collègues, leur attribuer des rôles et gérer les accès.',
  'orgMembers.upgrade': 'Changer de forfait',
  'orgMembers.dismiss': 'Fermer',
  'orgMembers.roleChanged': (_locale, name, role) => `${name} a désormais le rôle ${role}.`,
  'orgMembers.roleChangeFailed': (_locale, name, reason) => `Impossible de changer le rôle de ${name}. ${reason}`,
  'orgMembers.roleChangeBusy': (_locale, name) => `Le rôle de ${name} est en cours de modification. Réessayez dans un instant.`,
  'orgMembers.removed': (_locale, name) => `${name} a été retiré de l’organisation.`,
  'orgMembers.removeFailed': (_locale, name, reason) => `Impossible de retirer ${name}. ${reason}`,
  'orgMembers.invitedCount': (locale, invited) =>
    invited === 0
      ? 'Aucune invitation n’a été envoyée.'
      : plural(locale, invited, { one: `${n(locale, invited)} invitation envoyée.`, other: `${n(locale, invited)} invitations envoyées.` }),
  'orgMembers.removeHeading': (_locale, name) => `Retirer ${name}\u202f?`,
  'orgMembers.removeBody': (_locale, name, email) =>
    `${name} (${email}) perd immédiatement l’accès à cette organisation. Vous pourrez l’inviter à nouveau plus tard.`,
  'orgMembers.removeConfirm': 'Retirer le membre',
  'orgMembers.invitationsHeading': 'Invitations en attente',
  'orgMembers.invitationsEmpty': 'Aucune invitation en attente.',
  'orgMembers.invitedAt': (_locale, date) => `Invité le ${date}`,
  'orgMembers.invitedAtBy': (_locale, date, name) => `Invité le ${date} par ${name}`,
  'orgMembers.expires': (_locale, relative) => `Expire ${relative}`,
  'orgMembers.expired': (_locale, relative) => `Expirée ${relative}`,
  'orgMembers.resend': 'Renvoyer',
  'orgMembers.resendLabel': (_locale, email) => `Renvoyer l’invitation à ${email}`,
  'orgMembers.resent': (_locale, email) => `Invitation renvoyée à ${email}.`,
  'orgMembers.resendFailed': (_locale, email, reason) => `Impossible de renvoyer l’invitation à ${email}. ${reason}`,
  'orgMembers.revoke': 'Révoquer',
  'orgMembers.revokeLabel': (_locale, email) => `Révoquer l’invitation de ${email}`,
  'orgMembers.revokeHeading': (_locale, email) => `Révoquer l’invitation de ${email}\u202f?`,
  'orgMembers.revokeBody': 'Le lien d’invitation cesse immédiatement de fonctionner. Vous pourrez inviter cette adresse à nouveau plus tard.',
  'orgMembers.revokeConfirm': 'Révoquer l’invitation',
  'orgMembers.revoked': (_locale, email) => `L’invitation de ${email} a été révoquée.`,
  'orgMembers.revokeFailed': (_locale, email, reason) => `Impossible de révoquer l’invitation de ${email}. ${reason}`,
  'orgMembers.invite': 'Inviter des membres',
  'orgMembers.inviteHeading': 'Inviter des membres',
  'orgMembers.inviteEmailsLabel': 'Adresses e-mail',
  'orgMembers.inviteEmailsHint':
    'Séparez les adresses par des virgules, des espaces ou des retours à la ligne, ou collez des lignes CSV au format email,role.',
  'orgMembers.inviteLimitHint': (locale, max) =>
    plural(locale, max, {
      one: `Vous pouvez inviter ${n(locale, max)} personne à la fois.`,
      other: `Vous pouvez inviter jusqu’à ${n(locale, max)} personnes à la fois.`,
    }),
  'orgMembers.inviteRoleLabel': 'Rôle',
  'orgMembers.inviteRoleHint': 'Attribué à chaque adresse dont la ligne CSV n’indique aucun rôle.',
  'orgMembers.previewCaption': 'Aperçu',
  'orgMembers.columnEmail': 'E-mail',
  'orgMembers.columnRole': 'Rôle',
  'orgMembers.columnStatus': 'Statut',
  'orgMembers.previewReady': 'Prête à envoyer',
  'orgMembers.problem.invalid_email': 'Adresse e-mail non valide',
  'orgMembers.problem.duplicate': 'Indiquée plusieurs fois',
  'orgMembers.problem.already_member': 'Déjà membre',
  'orgMembers.problem.already_invited': 'Déjà invité',
  'orgMembers.problem.unknown_role': (_locale, role) => `Aucun rôle nommé «\u00a0${role}\u00a0»`,
  'orgMembers.previewSummary': (locale, ready, skipped) => {
    const readyText = plural(locale, ready, {
      one: `${n(locale, ready)} adresse prête à envoyer`,
      other: `${n(locale, ready)} adresses prêtes à envoyer`,
    });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}\u202f; ${plural(locale, skipped, {
      one: `${n(locale, skipped)} adresse posant problème sera ignorée.`,
      other: `${n(locale, skipped)} adresses posant problème seront ignorées.`,
    })}`;
  },
  'orgMembers.previewMore': (locale, hidden) =>
    plural(locale, hidden, {
      one: `${n(locale, hidden)} autre ligne non affichée.`,
      other: `${n(locale, hidden)} autres lignes non affichées.`,
    }),
  'orgMembers.overLimit': (locale, ready, max) =>
    `Vous pouvez inviter jusqu’à ${n(locale, max)} personnes à la fois, et ${n(locale, ready)} adresses sont prêtes à envoyer. Retirez-en ${n(locale, ready - max)}, puis envoyez le reste dans une autre invitation.`,
  'orgMembers.nothingToSend': 'Ajoutez au moins une adresse e-mail valide pour envoyer une invitation.',
  'orgMembers.send': (locale, ready) =>
    plural(locale, ready, { one: `Envoyer ${n(locale, ready)} invitation`, other: `Envoyer ${n(locale, ready)} invitations` }),
  'orgMembers.sendEmpty': 'Envoyer les invitations',
  'orgMembers.sending': 'Envoi des invitations…',
  'orgMembers.resultsCaption': 'Résultats',
  'orgMembers.columnResult': 'Résultat',
  'orgMembers.result.invited': 'Invité',
  'orgMembers.result.already_member': 'Déjà membre',
  'orgMembers.result.already_invited': 'Déjà invité',
  'orgMembers.result.invalid': 'Adresse e-mail non valide',
  'orgMembers.notSent': (_locale, reason) => `Non envoyée\u00a0: ${reason}`,
  'orgMembers.resultsSummary': (locale, invited, notInvited) => {
    const invitedText = plural(locale, invited, {
      one: `${n(locale, invited)} personne invitée`,
      other: `${n(locale, invited)} personnes invitées`,
    });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}\u202f; ${plural(locale, notInvited, {
      one: `${n(locale, notInvited)} adresse non invitée.`,
      other: `${n(locale, notInvited)} adresses non invitées.`,
    })}`;
  },
  'orgMembers.inviteMore': 'Inviter d’autres personnes',
  'orgMembers.done': 'Terminé',
  'orgMembers.inviteFailed': (_locale, reason) => `Les invitations n’ont pas été envoyées. ${reason}`,
  'orgMembers.invitePlan': (_locale, planName) =>
    planName
      ? `Votre forfait ${planName} n’inclut pas les organisations, les invitations ne peuvent donc pas être envoyées. Passez à un forfait supérieur pour inviter vos collègues.`
      : 'Votre forfait n’inclut pas les organisations, les invitations ne peuvent donc pas être envoyées. Passez à un forfait supérieur pour inviter vos collègues.',

  // organization profile
  'orgProfile.label': 'Organisation',
  'orgProfile.description': 'Le nom, l’adresse web et l’identité visuelle de votre organisation.',
  'orgProfile.noOrganization': 'Vous n’appartenez à aucune organisation.',
  'orgProfile.name': 'Nom de l’organisation',
  'orgProfile.slug': 'Identifiant d’URL',
  'orgProfile.slugHint': 'Utilisé dans les adresses web\u00a0: 3 à 40 lettres minuscules, chiffres et traits d’union.',
  'orgProfile.logo': 'Logo',
  'orgProfile.logoUrl': 'URL du logo',
  'orgProfile.logoHint': 'Une adresse https:// ou un chemin sur ce site. Laissez vide pour afficher les initiales.',
  'orgProfile.logoAlt': (_locale, name) => `Logo de ${name}`,
  'orgProfile.initialsLabel': (_locale, name) => `${name}\u00a0: pas de logo, initiales affichées`,
  'orgProfile.uploadLogo': 'Importer un logo',
  'orgProfile.uploading': 'Importation…',
  'orgProfile.removeLogo': 'Supprimer le logo',
  'orgProfile.brandColor': 'Couleur de la marque',
  'orgProfile.colorPicker': 'Choisir la couleur de la marque',
  'orgProfile.colorHex': 'Valeur hexadécimale',
  'orgProfile.colorHint': 'Une couleur hexadécimale comme #3f5efb. Laissez vide pour utiliser la couleur par défaut.',
  'orgProfile.noColor': 'Aucune couleur de marque définie\u00a0: la couleur par défaut est utilisée.',
  'orgProfile.sample': 'Bouton d’exemple',
  'orgProfile.contrastWhite': (_locale, ratio) => `Texte blanc\u00a0: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale, ratio) => `Texte noir\u00a0: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'L’exemple utilise un texte blanc, plus lisible sur cette couleur.',
  'orgProfile.sampleUsesBlack': 'L’exemple utilise un texte noir, plus lisible sur cette couleur.',
  'orgProfile.lowWhiteContrast': (_locale, ratio) =>
    `Un texte blanc sur cette couleur n’a qu’un contraste de ${ratio}:1, en dessous des 4,5:1 nécessaires à un texte lisible. Les boutons de cette couleur demandent un texte foncé\u202f; sinon, choisissez une couleur plus sombre.`,
  'orgProfile.admin': 'Compte administrateur',
  'orgProfile.adminReason': 'Le compte administrateur ne peut pas être modifié ici\u202f; contactez le support pour le transférer.',
  'orgProfile.nameRequired': 'Saisissez le nom de l’organisation.',
  'orgProfile.nameTooLong': 'Utilisez 100 caractères au maximum.',
  'orgProfile.slugRequired': 'Saisissez un identifiant d’URL.',
  'orgProfile.slugCharacters': 'Utilisez uniquement des lettres minuscules, des chiffres et des traits d’union, sans espaces.',
  'orgProfile.slugLength': 'Utilisez de 3 à 40 caractères.',
  'orgProfile.slugEdges': 'Commencez et terminez par une lettre ou un chiffre.',
  'orgProfile.slugTaken': 'Cet identifiant est déjà pris. Essayez-en un autre.',
  'orgProfile.slugRejected': 'Cet identifiant ne peut pas être utilisé. Il est peut-être déjà pris\u202f; essayez-en un autre.',
  'orgProfile.nameRejected': 'Ce nom ne peut pas être utilisé. Essayez-en un autre.',
  'orgProfile.logoUnsafe': 'Utilisez une adresse https:// ou un chemin sur ce site.',
  'orgProfile.logoRejected': 'Cette adresse de logo ne peut pas être utilisée. Essayez-en une autre.',
  'orgProfile.uploadFailed': 'Impossible d’importer le logo. Réessayez.',
  'orgProfile.uploadUnsafe': 'Le logo importé est revenu avec une adresse qui ne peut pas être affichée en toute sécurité.',
  'orgProfile.colorInvalid': 'Utilisez une couleur hexadécimale comme #3f5efb.',
  'orgProfile.colorRejected': 'Cette couleur ne peut pas être utilisée. Essayez-en une autre.',
  'orgProfile.save': 'Enregistrer',
  'orgProfile.saving': 'Enregistrement…',
  'orgProfile.discard': 'Annuler les modifications',
  'orgProfile.unsaved': 'Vous avez des modifications non enregistrées.',
  'orgProfile.saved': 'Paramètres de l’organisation enregistrés.',
  'orgProfile.saveFailed': (_locale, reason) =>
    `Impossible d’enregistrer les paramètres de l’organisation\u202f; vos modifications sont conservées. ${reason}`,
  'orgProfile.fixFields': 'Certains champs doivent être corrigés.',
  'orgProfile.uploaded': 'Logo importé. Enregistrez pour l’utiliser.',
  'orgProfile.readOnly': 'Vous pouvez consulter ces paramètres, mais vous n’avez pas l’autorisation de les modifier.',
  'orgProfile.cannotUpdate': 'Ces paramètres ne peuvent pas être modifiés ici.',
  'orgProfile.upgradeTitle': 'Les paramètres d’organisation nécessitent un forfait avec organisations',
  'orgProfile.upgradeBody': (_locale, planName) =>
    planName
      ? `Votre forfait ${planName} n’inclut pas les organisations. Passez à un forfait supérieur pour définir le nom, l’adresse web et l’identité visuelle de votre organisation.`
      : 'Votre forfait n’inclut pas les organisations. Passez à un forfait supérieur pour définir le nom, l’adresse web et l’identité visuelle de votre organisation.',
  'orgProfile.upgrade': 'Changer de forfait',

  // danger zone
  'dangerZone.label': 'Zone de danger',
  'dangerZone.empty': 'Aucune action n’est disponible pour vous ici.',
  'dangerZone.emptyNoPermission':
    'Ces actions nécessitent des autorisations que vous n’avez pas. Adressez-vous à un propriétaire de l’organisation.',
  'dangerZone.unavailablePermission': 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  'dangerZone.unavailableNoOrganization': 'Vous n’appartenez à aucune organisation.',
  'dangerZone.revokeSessions.title': 'Se déconnecter de toutes les sessions',
  'dangerZone.revokeSessions.description':
    'Vous déconnecte d’un coup sur tous les appareils et navigateurs. Utilisez cette option si vous pensez que quelqu’un d’autre a accès à votre compte.',
  'dangerZone.revokeSessions.breaks': 'Vous devrez vous reconnecter sur chacun de vos appareils.',
  'dangerZone.revokeSessions.button': 'Se déconnecter partout',
  'dangerZone.revokeSessions.heading': 'Se déconnecter de toutes les sessions\u202f?',
  'dangerZone.revokeSessions.body':
    'Tous les appareils et navigateurs connectés à votre compte sont déconnectés d’un coup. Toute personne utilisant votre compte ailleurs perd l’accès.',
  'dangerZone.revokeSessions.done': 'Toutes les sessions ont été déconnectées.',
  'dangerZone.regenerateSecrets.title': 'Régénérer les secrets API',
  'dangerZone.regenerateSecrets.description':
    'Remplace chaque clé API active par une nouvelle. Utilisez cette option si un secret a pu fuiter.',
  'dangerZone.regenerateSecrets.breaks': 'Toute intégration qui utilise encore les anciens identifiants cesse immédiatement de fonctionner.',
  'dangerZone.regenerateSecrets.button': 'Régénérer les secrets',
  'dangerZone.regenerateSecrets.heading': 'Régénérer tous les secrets API\u202f?',
  'dangerZone.regenerateSecrets.body':
    'Chaque clé API active est remplacée par une nouvelle, et les anciennes clés cessent immédiatement de fonctionner. Toute intégration qui utilise les anciens identifiants ne fonctionnera plus tant que vous ne lui aurez pas donné le nouveau secret.',
  'dangerZone.regenerateSecrets.shownOnce': 'Les nouveaux secrets ne sont affichés qu’une fois. Prévoyez un endroit sûr pour les conserver.',
  'dangerZone.regenerateSecrets.savedHint': 'Mettez à jour chaque intégration avec son nouveau secret.',
  'dangerZone.regenerateSecrets.none': 'Il n’y avait aucune clé API active, aucun nouveau secret n’a donc été créé.',
  'dangerZone.leaveOrganization.title': 'Quitter l’organisation',
  'dangerZone.leaveOrganization.description': (_locale, name) =>
    `Vous retire de ${name}. Vous perdez l’accès à ses membres, à ses clés API, à son utilisation et à sa facturation.`,
  'dangerZone.leaveOrganization.breaks': 'Pour revenir, un propriétaire devra vous inviter à nouveau.',
  'dangerZone.leaveOrganization.button': 'Quitter l’organisation',
  'dangerZone.leaveOrganization.heading': (_locale, name) => `Quitter ${name}\u202f?`,
  'dangerZone.leaveOrganization.body': (_locale, name) =>
    `Vous perdez immédiatement l’accès à ${name}\u00a0: ses membres, ses clés API, son utilisation et sa facturation. Pour revenir, un propriétaire devra vous inviter à nouveau.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale, name) =>
    `Vous êtes le seul propriétaire de ${name}. Désignez un autre membre comme propriétaire avant de partir.`,
  'dangerZone.leaveOrganization.done': (_locale, name) => `Vous avez quitté ${name}.`,
  'dangerZone.deleteOrganization.title': 'Supprimer l’organisation',
  'dangerZone.deleteOrganization.description': (_locale, name) =>
    `Supprime définitivement ${name}\u00a0: son équipe, ses abonnements, ses projets et jeux de données, les informations de carte, ainsi que les données d’utilisation et de facturation.`,
  'dangerZone.deleteOrganization.breaks': 'Cette action est irréversible.',
  'dangerZone.deleteOrganization.button': 'Supprimer l’organisation',
  'dangerZone.deleteOrganization.heading': (_locale, name) => `Supprimer ${name}\u202f?`,
  'dangerZone.deleteOrganization.lossIntro': 'La suppression de l’organisation efface définitivement\u00a0:',
  'dangerZone.deleteOrganization.lossMembers': 'tous les utilisateurs de l’équipe',
  'dangerZone.deleteOrganization.lossSubscriptions': 'tous les enregistrements d’abonnement',
  'dangerZone.deleteOrganization.lossProjects': 'tous les projets et leurs jeux de données',
  'dangerZone.deleteOrganization.lossCard': 'les informations de carte',
  'dangerZone.deleteOrganization.lossUsage': 'les données d’utilisation et de facturation',
  'dangerZone.deleteOrganization.irreversible': 'Cette action est irréversible.',
  'dangerZone.deleteOrganization.blocked': (locale, count) =>
    count === 1
      ? 'Vous ne pouvez pas supprimer l’organisation tant qu’un abonnement est actif. Résiliez-le d’abord, puis supprimez\u00a0:'
      : plural(locale, count, {
          one: `Vous ne pouvez pas supprimer l’organisation tant que ${count} abonnement est actif. Résiliez-le d’abord, puis supprimez\u00a0:`,
          other: `Vous ne pouvez pas supprimer l’organisation tant que ${count} abonnements sont actifs. Résiliez-les d’abord, puis supprimez\u00a0:`,
        }),
  'dangerZone.deleteOrganization.blockedShort': (locale, count) =>
    count === 1
      ? 'Un abonnement actif doit d’abord être résilié.'
      : plural(locale, count, {
          one: `${count} abonnement actif doit d’abord être résilié.`,
          other: `${count} abonnements actifs doivent d’abord être résiliés.`,
        }),
  'dangerZone.deleteOrganization.stillBlocked': 'L’organisation ne peut pas encore être supprimée\u00a0: un abonnement est toujours actif.',
  'dangerZone.deleteOrganization.nameChanged':
    'Le nom de l’organisation ne correspond plus. Saisissez son nom actuel pour confirmer.',
  'dangerZone.deleteOrganization.done': (_locale, name) => `${name} a été supprimée.`,

  // sessions
  'sessions.label': 'Sessions actives',
  'sessions.description':
    'Les appareils et navigateurs sur lesquels vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas.',
  'sessions.empty': 'Vous n’avez aucune session active.',
  'sessions.thisDevice': 'Cet appareil',
  'sessions.lastActive': 'Dernière activité',
  'sessions.location': 'Lieu',
  'sessions.activeNow': 'Actif maintenant',
  'sessions.revoke': 'Déconnecter',
  'sessions.revokeLabel': (_locale, device) => `Déconnecter ${device}`,
  'sessions.revoking': 'Déconnexion…',
  'sessions.revoked': (_locale, device) => `${device} a été déconnecté.`,
  'sessions.revokeFailed': (_locale, device, reason) => `Impossible de déconnecter ${device}. ${reason}`,
  'sessions.revokeOthers': 'Déconnecter toutes les autres sessions',
  'sessions.revokeOthersHeading': 'Déconnecter toutes les autres sessions\u202f?',
  'sessions.revokeOthersBody': (locale, count) =>
    plural(locale, count, {
      one: `Vous serez déconnecté de ${count} autre appareil. Cet appareil reste connecté.`,
      other: `Vous serez déconnecté de ${count} autres appareils. Cet appareil reste connecté.`,
    }),
  'sessions.revokeOthersConfirm': 'Déconnecter',
  'sessions.revokedOthers': (locale, count) =>
    plural(locale, count, {
      one: `${count} autre session a été déconnectée.`,
      other: `${count} autres sessions ont été déconnectées.`,
    }),
  'sessions.revokeOthersFailed': (_locale, reason) => `Impossible de déconnecter toutes les autres sessions. ${reason}`,

  // subscriptions
  'subscriptions.label': 'Abonnements',
  'subscriptions.description':
    'Les forfaits et options que paie votre organisation. Une organisation ne peut pas être supprimée tant que l’un d’eux est actif.',
  'subscriptions.empty': 'Votre organisation n’a aucun abonnement.',
  'subscriptions.unavailable': 'Les abonnements ne peuvent pas être affichés ici\u00a0: ce service ne les liste pas.',
  'subscriptions.readOnly':
    'Vous pouvez voir les abonnements de l’organisation, mais seules les personnes qui la gèrent, comme ses propriétaires, peuvent les résilier.',
  'subscriptions.kindLabel': 'Type',
  'subscriptions.kind': (_locale, kind) => SUBSCRIPTION_KINDS[kind] ?? kind,
  'subscriptions.status': (_locale, status) => SUBSCRIPTION_STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale, date) => `Renouvellement le ${date}`,
  'subscriptions.endsOn': (_locale, date) => `Prend fin le ${date}`,
  'subscriptions.endedOn': (_locale, date) => `Terminé le ${date}`,
  'subscriptions.unsubscribe': 'Résilier',
  'subscriptions.unsubscribeLabel': (_locale, name) => `Résilier ${name}`,
  'subscriptions.unsubscribing': 'Résiliation…',
  'subscriptions.dialogHeading': (_locale, name) => `Résilier ${name}\u202f?`,
  'subscriptions.dialogConfirm': 'Résilier',
  'subscriptions.dialogKeep': 'Conserver l’abonnement',
  'subscriptions.whenLegend': 'Quand doit-il prendre fin\u202f?',
  'subscriptions.atPeriodEnd': 'À la fin de la période de facturation',
  'subscriptions.atPeriodEndHint': (_locale, date) => `Il reste actif jusqu’au ${date} et n’est pas renouvelé.`,
  'subscriptions.now': 'Maintenant',
  'subscriptions.nowHint': 'Il s’arrête immédiatement. Le reste de la période en cours n’est pas utilisé.',
  'subscriptions.periodEndOnly': (_locale, name, date) =>
    `${name} reste actif jusqu’à la fin de la période de facturation, le ${date}, et n’est pas renouvelé.`,
  'subscriptions.endsAnnounced': (_locale, name, date) => `${name} prendra fin le ${date}.`,
  'subscriptions.endedAnnounced': (_locale, name) => `${name} a pris fin.`,
  'subscriptions.cancelFailed': (_locale, name, reason) => `Impossible de résilier ${name}. ${reason}`,

  // notifications
  'notifications.label': 'Notifications',
  'notifications.description': 'Choisissez les sujets dont nous vous informons, et par quel moyen.',
  'notifications.empty': 'Aucune notification à configurer.',
  'notifications.categoryHeader': 'Notification',
  'notifications.category.usage_thresholds': 'Seuils d’utilisation',
  'notifications.category.plan_renewal': 'Renouvellement du forfait',
  'notifications.category.agent_errors': 'Erreurs d’agent',
  'notifications.category.weekly_digest': 'Récapitulatif hebdomadaire',
  'notifications.channel.email': 'E-mail',
  'notifications.channel.push': 'Push',
  'notifications.switchLabel': (_locale, category, channel) => `${category} par ${channel.toLocaleLowerCase('fr')}`,
  'notifications.turnedOn': (_locale, category, channel) => `${category} par ${channel.toLocaleLowerCase('fr')}\u00a0: activé.`,
  'notifications.turnedOff': (_locale, category, channel) => `${category} par ${channel.toLocaleLowerCase('fr')}\u00a0: désactivé.`,
  'notifications.toggleFailed': (_locale, category, channel, reason) =>
    `Impossible de modifier ${category} par ${channel.toLocaleLowerCase('fr')}\u202f; le réglage précédent est rétabli. ${reason}`,
  'notifications.save': 'Enregistrer',
  'notifications.saving': 'Enregistrement…',
  'notifications.discard': 'Annuler les modifications',
  'notifications.saved': 'Préférences de notification enregistrées.',
  'notifications.saveFailed': (_locale, reason) =>
    `Impossible d’enregistrer vos préférences de notification\u202f; vos modifications sont conservées. ${reason}`,
  'notifications.unsaved': 'Vous avez des modifications non enregistrées.',

  // passkeys
  'passkeys.label': 'Clés d’accès',
  'passkeys.description': 'Connectez-vous avec votre empreinte digitale, votre visage ou le code PIN de votre appareil au lieu d’un mot de passe.',
  'passkeys.empty': 'Vous n’avez pas encore de clé d’accès.',
  'passkeys.added': 'Ajoutée',
  'passkeys.lastUsed': 'Dernière utilisation',
  'passkeys.neverUsed': 'Jamais',
  'passkeys.nameLabel': 'Nom de la clé d’accès',
  'passkeys.namePlaceholder': 'p. ex. Ordinateur portable du travail',
  'passkeys.nameRequired': 'Saisissez un nom pour la clé d’accès.',
  'passkeys.nameTooLong': 'Utilisez 64 caractères au maximum.',
  'passkeys.add': 'Ajouter une clé d’accès',
  'passkeys.adding': 'En attente de votre appareil…',
  'passkeys.addedDone': (_locale, name) => `Clé d’accès «\u00a0${name}\u00a0» ajoutée.`,
  'passkeys.cancelled': 'La configuration de la clé d’accès a été annulée ou a expiré. Rien n’a été ajouté.',
  'passkeys.ceremonyFailed': 'Votre appareil n’a pas pu créer de clé d’accès. Réessayez, ou utilisez un autre appareil.',
  'passkeys.unsupported':
    'Ce navigateur ne peut pas créer de clés d’accès. Utilisez un navigateur récent sur un appareil doté d’un lecteur d’empreintes, de la reconnaissance faciale ou d’un verrouillage de l’écran.',
  'passkeys.addFailed': (_locale, reason) => `Impossible d’ajouter la clé d’accès. ${reason}`,
  'passkeys.rename': 'Renommer',
  'passkeys.renameLabel': (_locale, name) => `Renommer ${name}`,
  'passkeys.save': 'Enregistrer',
  'passkeys.cancel': 'Annuler',
  'passkeys.renamed': (_locale, name) => `Renommée en «\u00a0${name}\u00a0».`,
  'passkeys.renameFailed': (_locale, reason) => `Impossible de renommer la clé d’accès. ${reason}`,
  'passkeys.delete': 'Supprimer',
  'passkeys.deleteLabel': (_locale, name) => `Supprimer ${name}`,
  'passkeys.deleteHeading': (_locale, name) => `Supprimer «\u00a0${name}\u00a0»\u202f?`,
  'passkeys.deleteBody':
    'Vous ne pourrez plus vous connecter avec cette clé d’accès. Vos autres méthodes de connexion continuent de fonctionner.',
  'passkeys.deleteConfirm': 'Supprimer la clé d’accès',
  'passkeys.deleted': (_locale, name) => `Clé d’accès «\u00a0${name}\u00a0» supprimée.`,
  'passkeys.deleteFailed': (_locale, reason) => `Impossible de supprimer la clé d’accès. ${reason}`,

  // profile
  'profile.label': 'Profil',
  'profile.description': 'Votre nom, votre adresse e-mail, votre photo, votre fuseau horaire et votre langue.',
  'profile.displayName': 'Nom affiché',
  'profile.email': 'E-mail',
  'profile.emailChangeHint':
    'Nous enverrons un lien de confirmation à la nouvelle adresse. La modification prend effet dès que vous la confirmez.',
  'profile.pendingEmail': (_locale, email) => `Consultez ${email} pour confirmer la modification.`,
  'profile.avatar': 'Photo de profil',
  'profile.avatarAlt': (_locale, name) => (name ? `Photo de profil de ${name}` : 'Votre photo de profil'),
  'profile.avatarUrl': 'URL de la photo',
  'profile.avatarUrlHint': 'Une adresse https:// ou un chemin sur ce site. Laissez vide pour afficher vos initiales.',
  'profile.upload': 'Importer une photo',
  'profile.uploading': 'Importation de la photo…',
  'profile.uploaded': 'Photo importée. Enregistrez pour la conserver.',
  'profile.uploadFailed': (_locale, reason) => `Impossible d’importer la photo. ${reason}`,
  'profile.timezone': 'Fuseau horaire',
  'profile.timezoneHint': 'Saisissez une ville ou un décalage comme GMT+1, puis choisissez dans la liste.',
  'profile.timezoneNow': (_locale, offset) => `Actuellement ${offset}.`,
  'profile.timezoneOption': (_locale, zone, offset) => `${zone} (${offset})`,
  'profile.timezoneNoMatch': 'Aucun fuseau horaire ne correspond.',
  'profile.language': 'Langue',
  'profile.error.displayNameRequired': 'Saisissez votre nom.',
  'profile.error.displayNameTooLong': (_locale, max) => `Utilisez ${max} caractères au maximum.`,
  'profile.error.email': 'Saisissez une adresse e-mail comme nom@example.com.',
  'profile.error.avatarUrl': 'Utilisez une adresse https:// ou un chemin sur ce site.',
  'profile.error.timezone': 'Choisissez un fuseau horaire dans la liste.',
  'profile.error.locale': 'Choisissez une langue dans la liste.',
  'profile.save': 'Enregistrer',
  'profile.saving': 'Enregistrement…',
  'profile.discard': 'Annuler les modifications',
  'profile.unsaved': 'Vous avez des modifications non enregistrées.',
  'profile.saved': 'Profil enregistré.',
  'profile.savedPendingEmail': (_locale, email) =>
    `Profil enregistré. Consultez ${email} pour confirmer la nouvelle adresse e-mail.`,
  'profile.saveFailed': (_locale, reason) => `Impossible d’enregistrer votre profil\u202f; vos modifications sont conservées. ${reason}`,

  // account settings
  'settings.label': 'Paramètres',
  'settings.tab.general': 'Général',
  'settings.tab.api-keys': 'Clés API',
  'settings.tab.usage': 'Utilisation',
  'settings.tab.billing': 'Facturation',
  'settings.tab.notifications': 'Notifications',
  'settings.tab.organization': 'Organisation',
  'settings.empty': 'Aucun paramètre à afficher pour ce compte.',
  'settings.membershipFailed': 'Impossible de vérifier votre organisation\u00a0: son onglet est masqué.',
};

export default fr;
