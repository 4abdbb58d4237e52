import type { Messages } from '../internal/localize/en.js';
import { formatNumber, plural } from '../internal/format.js';
import { cardBrandName } from '../internal/localize/card-brand.js';

const n = (locale: string, value: number) => formatNumber(locale, value);

/** "Solicitudes" → "solicitudes" inside a sentence; "API" keeps its capitals. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase('es') + label.slice(1) : label;
}

const BILLING_STATUSES: Record<string, string> = { active: 'Activo', trialing: 'Prueba', past_due: 'Vencido', canceled: 'Cancelado' };
const INVOICE_STATUSES: Record<string, string> = { paid: 'Pagada', open: 'Pendiente', void: 'Anulada', uncollectible: 'Incobrable' };
const SUBSCRIPTION_KINDS: Record<string, string> = { job_plan: 'Plan de tareas', workspace_capacity: 'Capacidad del espacio de trabajo' };
const SUBSCRIPTION_STATUSES: Record<string, string> = { active: 'Activa', trialing: 'Prueba', past_due: 'Vencida', canceled: 'Finalizada' };

/** Spanish messages for every element. Register with `registerTranslation('es', es)`. */
export const es: Messages = {
  // states
  'state.loading': 'Cargando…',
  'state.empty': 'Aún no hay nada aquí.',
  'state.retry': 'Reintentar',
  'state.dismiss': 'Cerrar',

  // errors
  'error.unauthorized': 'Su sesión ha caducado. Vuelva a iniciar sesión para continuar.',
  'error.forbidden': 'No tiene permiso para hacer esto.',
  'error.reauth_required': 'Por su seguridad, vuelva a confirmar su identidad para continuar.',
  'error.not_found': 'Este elemento ya no existe. Es posible que se haya eliminado.',
  'error.conflict': 'Este cambio entra en conflicto con el estado actual. Actualice la página y vuelva a intentarlo.',
  'error.validation': 'Parte de la información no es válida. Revise los campos resaltados.',
  'error.rate_limited': (locale, seconds) =>
    seconds
      ? plural(locale, seconds, {
          one: `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${seconds} segundo.`,
          other: `Demasiadas solicitudes. Vuelva a intentarlo dentro de ${seconds} segundos.`,
        })
      : 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
  'error.unavailable': 'El servicio no está disponible temporalmente. Vuelva a intentarlo en un momento.',
  'error.network': 'No se puede conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Vuelva a intentarlo.',
  'error.aborted': 'Se canceló la solicitud.',
  'error.unknown': 'Se ha producido un error. Vuelva a intentarlo.',
  'error.noClient': 'No hay ningún cliente de cuenta configurado.',
  'error.noClientHint':
    'Defina la propiedad client del elemento, colóquelo dentro de <so-account-provider> o llame a setDefaultAccountClient().',

  // confirm dialog
  'dialog.heading': '¿Quiere continuar?',
  'dialog.confirm': 'Confirmar',
  'dialog.cancel': 'Cancelar',
  'dialog.typeToConfirm': (_locale, phrase) => `Escriba ${phrase} para confirmar`,
  'dialog.typeMismatch': 'El texto todavía no coincide.',
  'dialog.busy': 'Procesando…',

  // secret field
  'secret.label': 'Secreto',
  'secret.masked': (_locale, prefix, last4) => `${prefix}…${last4}, oculto`,
  'secret.reveal': 'Mostrar',
  'secret.hide': 'Ocultar',
  'secret.copy': 'Copiar',
  'secret.revealLabel': 'Mostrar el secreto',
  'secret.hideLabel': 'Ocultar el secreto',
  'secret.copyLabel': 'Copiar el secreto',
  'secret.revealFailed': 'No se pudo mostrar el secreto. Vuelva a intentarlo.',
  'secret.copyFailedHidden': 'No se pudo copiar en el portapapeles. Vuelva a intentarlo.',
  'secret.copied': 'Copiado en el portapapeles.',
  'secret.copyFailed': 'No se pudo copiar automáticamente. Seleccione el texto y cópielo usted.',
  'secret.revealed': 'Secreto visible.',
  'secret.hidden': 'Secreto oculto.',
  'secret.autoHide': (locale, seconds) =>
    plural(locale, seconds, {
      one: `Se volverá a ocultar dentro de ${seconds} segundo.`,
      other: `Se volverá a ocultar dentro de ${seconds} segundos.`,
    }),

  // once-only secret panel
  'secretOnce.heading': (locale, count) =>
    plural(locale, count, { one: 'Guarde su nuevo secreto', other: 'Guarde sus nuevos secretos' }),
  'secretOnce.warning': (locale, count) =>
    plural(locale, count, {
      one: 'Este secreto no se volverá a mostrar. Cópielo ahora y guárdelo en un lugar seguro. Si lo pierde, necesitará uno nuevo.',
      other: 'Estos secretos no se volverán a mostrar. Cópielos ahora y guárdelos en un lugar seguro. Si pierde alguno, necesitará uno nuevo.',
    }),
  'secretOnce.dismiss': 'Ya lo he guardado',
  'secretOnce.dismissMany': 'Ya los he guardado',

  // API keys
  'apiKeyPanel.heading': 'Claves de API',
  'apiKeyPanel.description':
    'Las claves autentican las solicitudes a la API. Trátelas como contraseñas: no las comparta nunca ni las incluya en código del lado del cliente.',
  'apiKeyPanel.appHeading': 'Credenciales de la aplicación',
  'apiKeyPanel.appDescription':
    'Su aplicación se identifica con el ID de aplicación y lo demuestra con el secreto de aplicación. Guarde el secreto en su servidor.',
  'apiKeyPanel.readOnly':
    'Puede ver estas claves, pero no crearlas, rotarlas ni revocarlas: para eso necesita permiso para administrar claves de API. Pídaselo a un propietario o administrador de la organización.',
  'apiKeyPanel.listLabel': 'Claves de API',
  'apiKeyPanel.empty': 'Todavía no hay claves de API.',
  'apiKeyPanel.emptyCreate': 'Cree una clave para empezar a llamar a la API.',
  'apiKeyPanel.emptyApp': 'Esta aplicación todavía no tiene secreto.',
  'apiKeyPanel.status.expiring': 'Caduca pronto',
  'apiKeyPanel.status.expired': 'Caducada',
  'apiKeyPanel.status.revoked': 'Revocada',
  'apiKeyPanel.created': 'Creada',
  'apiKeyPanel.lastUsed': 'Último uso',
  'apiKeyPanel.neverUsed': 'Nunca',
  'apiKeyPanel.expires': 'Caduca',
  'apiKeyPanel.expired': 'Caducó',
  'apiKeyPanel.stopsWorking': 'Deja de funcionar',
  'apiKeyPanel.scopes': 'Permisos',
  'apiKeyPanel.separator': ' · ',
  'apiKeyPanel.appId': 'ID de aplicación',
  'apiKeyPanel.copyAppId': 'Copiar',
  'apiKeyPanel.copyAppIdLabel': 'Copiar el ID de aplicación',
  'apiKeyPanel.appIdCopied': 'ID de aplicación copiado en el portapapeles.',
  'apiKeyPanel.appIdCopyFailed': 'No se pudo copiar automáticamente. El ID de aplicación está seleccionado: cópielo usted.',
  'apiKeyPanel.create': 'Crear clave',
  'apiKeyPanel.rotate': 'Rotar',
  'apiKeyPanel.rotateLabel': (_locale, name) => `Rotar ${name}`,
  'apiKeyPanel.revoke': 'Revocar',
  'apiKeyPanel.revokeLabel': (_locale, name) => `Revocar ${name}`,
  'apiKeyPanel.revoked': (_locale, name) => `Se revocó ${name}.`,
  'apiKeyPanel.guidanceSummary': 'Cómo rotar una clave de forma segura',
  'apiKeyPanel.stepGenerate': 'Genere primero la nueva clave y cópiela cuando se muestre: solo se muestra una vez.',
  'apiKeyPanel.stepDeploy': (_locale, variable) =>
    `Impleméntela en todos los entornos que usan la clave anterior, como ${variable} o su equivalente.`,
  'apiKeyPanel.stepConfirm':
    'Compruebe que la clave anterior ya no se usa: la hora de su último uso deja de cambiar. Después, deje que caduque o revóquela.',
  'apiKeyPanel.rotateHeading': (_locale, name) => `¿Rotar «${name}»?`,
  'apiKeyPanel.rotateConfirm': 'Rotar clave',
  'apiKeyPanel.rotateNow': 'La clave actual deja de funcionar de inmediato. Actualice todas las integraciones que la usan.',
  'apiKeyPanel.rotateLater': (_locale, duration) =>
    `La clave actual sigue funcionando durante ${duration} y después deja de funcionar. Actualice antes todas las integraciones que la usan.`,
  'apiKeyPanel.rotateSteps': 'Para rotar sin interrupciones:',
  'apiKeyPanel.graceLegend': '¿Cuándo debe dejar de funcionar la clave actual?',
  'apiKeyPanel.graceNow': 'De inmediato',
  'apiKeyPanel.graceAfter': (_locale, duration) => `Después de ${duration}`,
  'apiKeyPanel.revokeHeading': (_locale, name) => `¿Revocar «${name}»?`,
  'apiKeyPanel.revokeConfirm': 'Revocar clave',
  'apiKeyPanel.revokeBody': 'Las solicitudes que usan esta clave dejan de funcionar de inmediato. Esta acción no se puede deshacer.',
  'apiKeyPanel.createHeading': 'Crear una clave de API',
  'apiKeyPanel.createConfirm': 'Crear clave',
  'apiKeyPanel.nameLabel': 'Nombre',
  'apiKeyPanel.nameHint': (_locale, max) => `Indique dónde se usa la clave, p. ej., «Servidor de producción». Hasta ${max} caracteres.`,
  'apiKeyPanel.nameRequired': 'Escriba un nombre para la clave.',
  'apiKeyPanel.nameTooLong': (locale, max) =>
    plural(locale, max, { one: `Use ${max} carácter como máximo.`, other: `Use ${max} caracteres como máximo.` }),
  'apiKeyPanel.nameTaken': 'Ya existe una clave con este nombre. Elija otro nombre.',
  'apiKeyPanel.nameRejected': 'El servidor no aceptó este nombre. Pruebe con otro.',
  'apiKeyPanel.expiryLegend': 'Caducidad',
  'apiKeyPanel.expiryNever': 'Nunca',
  'apiKeyPanel.expiryDays': (locale, days, date) =>
    plural(locale, days, { one: `Dentro de ${days} día (${date})`, other: `Dentro de ${days} días (${date})` }),
  'apiKeyPanel.expiryDate': 'En una fecha',
  'apiKeyPanel.expiryDateLabel': 'Fecha de caducidad',
  'apiKeyPanel.expiryDateRequired': 'Elija la fecha en que caduca la clave.',
  'apiKeyPanel.expiryDatePast': 'Elija una fecha posterior a hoy.',
  'apiKeyPanel.expiryRejected': 'El servidor no aceptó esta fecha. Elija otra.',
  'apiKeyPanel.scopesLegend': 'Permisos (opcional)',
  'apiKeyPanel.scopesHint': 'Limite lo que puede hacer la clave. Deje todo sin marcar para el acceso predeterminado.',
  'apiKeyPanel.scopesRejected': 'El servidor no aceptó estos permisos.',
  'apiKeyPanel.deployHint': (_locale, variable) =>
    `Guárdela como ${variable} (o su equivalente) en todos los entornos que la necesiten.`,

  // usage meter
  'usageMeter.listLabel': 'Uso del plan',
  'usageMeter.defaultLabel': 'Uso',
  'usageMeter.empty': 'Todavía no hay uso que mostrar.',
  'usageMeter.metric.requests': 'Solicitudes',
  'usageMeter.metric.tokens': 'Tokens',
  'usageMeter.metric.storage': 'Almacenamiento',
  'usageMeter.usedOfLimit': (_locale, used, limit) => `${used} de ${limit}`,
  'usageMeter.used': (_locale, used) => `Usado: ${used}`,
  'usageMeter.unlimited': 'Ilimitado',
  'usageMeter.notIncluded': 'No incluido en su plan',
  'usageMeter.limitUnavailable': 'Límite no disponible',
  'usageMeter.unavailable': 'Datos de uso no disponibles',
  'usageMeter.overBy': (_locale, overage) => `${overage} por encima del límite`,
  'usageMeter.status.warning': 'Cerca del límite',
  'usageMeter.status.danger': 'Límite casi alcanzado',
  'usageMeter.status.reached': 'Límite alcanzado',
  'usageMeter.status.over': 'Límite superado',
  'usageMeter.valueText': (locale, used, limit, label, percent, overLimit) =>
    `${used} de ${limit} ${inSentence(label)}, ${formatNumber(locale, percent)} por ciento${overLimit ? ', límite superado' : ''}`,
  'usageMeter.renews': (_locale, date) => `Se renueva el ${date}`,
  'usageMeter.peak': (_locale, value) => `Pico de ${value}`,
  'usageMeter.peakOn': (_locale, value, date) => `Pico de ${value} el ${date}`,
  'usageMeter.analyticsLink': 'Ver el análisis de uso',

  // billing card
  'billingCard.planHeading': 'Plan',
  'billingCard.paymentMethodHeading': 'Método de pago',
  'billingCard.invoicesHeading': 'Facturas',
  'billingCard.status': (_locale, status) => BILLING_STATUSES[status] ?? status,
  'billingCard.price': (_locale, price, interval) => (interval === 'year' ? `${price} al año` : `${price} al mes`),
  'billingCard.renewsOn': (_locale, date) => `Se renueva el ${date}`,
  'billingCard.trialEndsOn': (_locale, date) => `Prueba gratuita hasta el ${date}; después empieza la facturación`,
  'billingCard.accessEndsOn': (_locale, date) => `Cancelado; el acceso continúa hasta el ${date}`,
  'billingCard.endedOn': (_locale, date) => `Finalizó el ${date}`,
  'billingCard.scheduledChange': (_locale, planName, date) =>
    `Cambia a ${planName} el ${date}: los cambios de plan se aplican en la próxima renovación, así que nunca se le cobra dos veces.`,
  'billingCard.cardBrand': (_locale, brand) =>
    cardBrandName(brand, 'Tarjeta'),
  'billingCard.cardSummary': (_locale, brand, last4) => `${brand} terminada en ${last4}`,
  'billingCard.cardExpires': (_locale, date) => `Caduca: ${date}`,
  'billingCard.cardExpiringSoon': (_locale, month) =>
    `Caduca pronto, a finales de ${month}. Actualícela para evitar una interrupción.`,
  'billingCard.cardExpired': (_locale, month) => `Caducó a finales de ${month}.`,
  'billingCard.cardBadgeExpiring': 'Caduca pronto',
  'billingCard.cardBadgeExpired': 'Caducada',
  'billingCard.noPaymentMethod': 'No hay ningún método de pago registrado.',
  'billingCard.noPaymentMethodTrial': (_locale, date) =>
    `Añada un método de pago antes de que termine su prueba el ${date} para conservar su plan.`,
  'billingCard.manageBilling': 'Administrar la facturación',
  'billingCard.changePaymentMethod': 'Cambiar el método de pago',
  'billingCard.addPaymentMethod': 'Añadir un método de pago',
  'billingCard.viewInvoices': 'Ver facturas',
  'billingCard.opening': 'Abriendo el portal de facturación…',
  'billingCard.portalFailed': (_locale, reason) => `No se pudo abrir el portal de facturación. ${reason}`,
  'billingCard.portalUnsafeUrl':
    'El portal de facturación devolvió un enlace que no es una dirección https: segura, así que no se abrió. Vuelva a intentarlo o póngase en contacto con el soporte si sigue ocurriendo.',
  'billingCard.portalBlocked': 'Su navegador bloqueó la nueva pestaña.',
  'billingCard.portalOpenLink': 'Abrir el portal de facturación',
  'billingCard.opensInNewTab': '(se abre en una pestaña nueva)',
  'billingCard.invoicesInPortal': 'Las facturas y los recibos están en el portal de facturación.',
  'billingCard.problem.card_expired.title': 'Su tarjeta ha caducado',
  'billingCard.problem.card_expired.body':
    'Revise su configuración de pago: actualice su método de pago para mantener su plan sin interrupciones.',
  'billingCard.problem.card_declined.title': 'Se rechazó su último pago',
  'billingCard.problem.card_declined.body':
    'Su banco rechazó el cargo. Actualice su método de pago para evitar una interrupción del servicio.',
  'billingCard.problem.requires_action.title': 'Su banco necesita que confirme un pago',
  'billingCard.problem.requires_action.body': 'Confirme el pago con su banco para mantener su plan activo.',
  'billingCard.problem.past_due.title': 'Su pago está vencido',
  'billingCard.problem.past_due.body':
    'No pudimos cobrar el último pago. Actualice su método de pago para no perder el acceso.',
  'billingCard.problem.other.title': 'Hay un problema con su pago',
  'billingCard.problem.other.body': 'Actualice su método de pago para evitar una interrupción del servicio.',
  'billingCard.problemActionPaymentMethod': 'Actualizar el método de pago',
  'billingCard.problemActionConfirm': 'Confirmar el pago',
  'billingCard.problemReadOnly': 'Pida a una persona que administre la facturación de su organización que lo solucione.',
  'billingCard.readOnly':
    'Puede ver la facturación, pero solo las personas autorizadas a administrar la facturación de su organización, como sus propietarios, pueden cambiar el plan o el método de pago.',
  'billingCard.noSubscriptionTitle': 'No hay ninguna suscripción activa',
  'billingCard.noSubscriptionBody': 'Elija un plan para empezar.',
  'billingCard.noSubscriptionReadOnly': 'Pida a una persona que administre la facturación de su organización que elija un plan.',
  'billingCard.choosePlan': 'Elegir un plan',
  'billingCard.invoicesEmpty': 'Todavía no hay facturas.',
  'billingCard.invoiceDate': 'Fecha',
  'billingCard.invoiceNumber': 'Factura',
  'billingCard.invoiceAmount': 'Importe',
  'billingCard.invoiceStatusHeader': 'Estado',
  'billingCard.invoiceStatus': (_locale, status) => INVOICE_STATUSES[status] ?? status,

  // organization members
  'orgMembers.heading': 'Miembros',
  'orgMembers.count': (locale, total) => plural(locale, total, { one: `${n(locale, total)} miembro`, other: `${n(locale, total)} miembros` }),
  'orgMembers.searchLabel': 'Buscar miembros',
  'orgMembers.searchPlaceholder': 'Buscar por nombre o correo electrónico',
  'orgMembers.searching': 'Buscando…',
  'orgMembers.searchResults': (locale, total, query) =>
    total === 0
      ? `Ningún miembro coincide con «${query}».`
      : plural(locale, total, {
          one: `${n(locale, total)} miembro coincide con «${query}».`,
          other: `${n(locale, total)} miembros coinciden con «${query}».`,
        }),
  'orgMembers.noMatch': (_locale, query) => `Ningún miembro coincide con «${query}».`,
  'orgMembers.noMatchHint': 'Revise la ortografía o busque por dirección de correo electrónico.',
  'orgMembers.clearSearch': 'Borrar la búsqueda',
  'orgMembers.listHint':
    'Use las flechas arriba y abajo para moverse entre los miembros, Inicio y Fin para ir al primero y al último, y Tab para llegar a los controles de un miembro.',
  'orgMembers.showing': (locale, shown, total) =>
    plural(locale, total, {
      one: `Se muestra ${n(locale, shown)} de ${n(locale, total)} miembro`,
      other: `Se muestran ${n(locale, shown)} de ${n(locale, total)} miembros`,
    }),
  'orgMembers.loadMore': 'Cargar más miembros',
  'orgMembers.loadingMore': 'Cargando más miembros…',
  'orgMembers.loadMoreFailed': 'No se pudieron cargar más miembros.',
  'orgMembers.retry': 'Reintentar',
  'orgMembers.you': 'Usted',
  'orgMembers.rowLabel': (_locale, name, role, isYou) => (isYou ? `${name} (usted), ${role}` : `${name}, ${role}`),
  'orgMembers.roleFor': (_locale, name) => `Rol de ${name}`,
  'orgMembers.unknownRole': 'Rol desconocido',
  'orgMembers.joined': (_locale, date) => `Se unió el ${date}`,
  'orgMembers.lastActive': (_locale, relative) => `Activo ${relative}`,
  'orgMembers.neverActive': 'Aún sin actividad',
  'orgMembers.remove': 'Quitar',
  'orgMembers.removeLabel': (_locale, name) => `Quitar a ${name}`,
  'orgMembers.selfNote':
    'Este es usted. No puede quitarse a sí mismo aquí; para salir de la organización, use la zona de peligro.',
  'orgMembers.lastOwnerNote':
    'El último propietario no se puede degradar ni quitar. Primero convierta a otro miembro en propietario.',
  'orgMembers.rolesHeading': 'Acerca de los roles',
  'orgMembers.readOnly':
    'Puede ver quién forma parte de esta organización, pero no tiene permiso para administrar miembros: solo las personas que pueden administrar miembros pueden invitar, cambiar roles o quitar miembros.',
  'orgMembers.emptyTitle': 'Por ahora solo está usted',
  'orgMembers.emptyBody': 'Invite a sus compañeros para trabajar juntos en esta organización.',
  'orgMembers.emptyBodyReadOnly': 'Nadie más se ha unido a esta organización todavía.',
  'orgMembers.upgradeTitle': 'Los miembros requieren un plan con organizaciones',
  'orgMembers.upgradeBody': (_locale, planName) =>
    planName
      ? `Su plan ${planName} no incluye organizaciones. Mejore su plan para invitar a sus compañeros, asignarles roles y administrar quién tiene acceso.`
      : 'Su plan no incluye organizaciones. Mejore su plan para invitar a sus compañeros, asignarles roles y administrar quién tiene acceso.',
  'orgMembers.upgrade': 'Mejorar el plan',
  'orgMembers.dismiss': 'Cerrar',
  'orgMembers.roleChanged': (_locale, name, role) => `${name} ahora tiene el rol ${role}.`,
  'orgMembers.roleChangeFailed': (_locale, name, reason) => `No se pudo cambiar el rol de ${name}. ${reason}`,
  'orgMembers.roleChangeBusy': (_locale, name) => `El rol de ${name} todavía se está cambiando. Vuelva a intentarlo en un momento.`,
  'orgMembers.removed': (_locale, name) => `Se quitó a ${name} de la organización.`,
  'orgMembers.removeFailed': (_locale, name, reason) => `No se pudo quitar a ${name}. ${reason}`,
  'orgMembers.invitedCount': (locale, invited) =>
    invited === 0
      ? 'No se envió ninguna invitación.'
      : plural(locale, invited, { one: `${n(locale, invited)} invitación enviada.`, other: `${n(locale, invited)} invitaciones enviadas.` }),
  'orgMembers.removeHeading': (_locale, name) => `¿Quitar a ${name}?`,
  'orgMembers.removeBody': (_locale, name, email) =>
    `${name} (${email}) pierde el acceso a esta organización de inmediato. Puede volver a invitarle más adelante.`,
  'orgMembers.removeConfirm': 'Quitar miembro',
  'orgMembers.invitationsHeading': 'Invitaciones pendientes',
  'orgMembers.invitationsEmpty': 'No hay invitaciones pendientes.',
  'orgMembers.invitedAt': (_locale, date) => `Invitado el ${date}`,
  'orgMembers.invitedAtBy': (_locale, date, name) => `Invitado el ${date} por ${name}`,
  'orgMembers.expires': (_locale, relative) => `Caduca ${relative}`,
  'orgMembers.expired': (_locale, relative) => `Caducó ${relative}`,
  'orgMembers.resend': 'Reenviar',
  'orgMembers.resendLabel': (_locale, email) => `Reenviar la invitación a ${email}`,
  'orgMembers.resent': (_locale, email) => `Invitación reenviada a ${email}.`,
  'orgMembers.resendFailed': (_locale, email, reason) => `No se pudo reenviar la invitación a ${email}. ${reason}`,
  'orgMembers.revoke': 'Revocar',
  'orgMembers.revokeLabel': (_locale, email) => `Revocar la invitación a ${email}`,
  'orgMembers.revokeHeading': (_locale, email) => `¿Revocar la invitación a ${email}?`,
  'orgMembers.revokeBody': 'El enlace de invitación deja de funcionar de inmediato. Puede volver a invitar a esta dirección más adelante.',
  'orgMembers.revokeConfirm': 'Revocar invitación',
  'orgMembers.revoked': (_locale, email) => `Se revocó la invitación a ${email}.`,
  'orgMembers.revokeFailed': (_locale, email, reason) => `No se pudo revocar la invitación a ${email}. ${reason}`,
  'orgMembers.invite': 'Invitar miembros',
  'orgMembers.inviteHeading': 'Invitar miembros',
  'orgMembers.inviteEmailsLabel': 'Direcciones de correo electrónico',
  'orgMembers.inviteEmailsHint':
    'Separe las direcciones con comas, espacios o saltos de línea, o pegue líneas CSV con el formato email,role.',
  'orgMembers.inviteLimitHint': (locale, max) =>
    plural(locale, max, {
      one: `Puede invitar a ${n(locale, max)} persona a la vez.`,
      other: `Puede invitar hasta a ${n(locale, max)} personas a la vez.`,
    }),
  'orgMembers.inviteRoleLabel': 'Rol',
  'orgMembers.inviteRoleHint': 'Se asigna a cada dirección cuya línea CSV no indica ningún rol.',
  'orgMembers.previewCaption': 'Vista previa',
  'orgMembers.columnEmail': 'Correo electrónico',
  'orgMembers.columnRole': 'Rol',
  'orgMembers.columnStatus': 'Estado',
  'orgMembers.previewReady': 'Lista para enviar',
  'orgMembers.problem.invalid_email': 'No es una dirección de correo electrónico válida',
  'orgMembers.problem.duplicate': 'Aparece más de una vez',
  'orgMembers.problem.already_member': 'Ya es miembro',
  'orgMembers.problem.already_invited': 'Ya está invitado',
  'orgMembers.problem.unknown_role': (_locale, role) => `No hay ningún rol llamado «${role}»`,
  'orgMembers.previewSummary': (locale, ready, skipped) => {
    const readyText = plural(locale, ready, {
      one: `${n(locale, ready)} dirección lista para enviar`,
      other: `${n(locale, ready)} direcciones listas para enviar`,
    });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}; ${plural(locale, skipped, {
      one: `se omitirá ${n(locale, skipped)} con un problema.`,
      other: `se omitirán ${n(locale, skipped)} con problemas.`,
    })}`;
  },
  'orgMembers.previewMore': (locale, hidden) =>
    plural(locale, hidden, {
      one: `${n(locale, hidden)} fila más no se muestra.`,
      other: `${n(locale, hidden)} filas más no se muestran.`,
    }),
  'orgMembers.overLimit': (locale, ready, max) =>
    `Puede invitar hasta a ${n(locale, max)} personas a la vez, y hay ${n(locale, ready)} direcciones listas para enviar. Quite ${n(locale, ready - max)} y envíe el resto en otra invitación.`,
  'orgMembers.nothingToSend': 'Añada al menos una dirección de correo electrónico válida para enviar una invitación.',
  'orgMembers.send': (locale, ready) =>
    plural(locale, ready, { one: `Enviar ${n(locale, ready)} invitación`, other: `Enviar ${n(locale, ready)} invitaciones` }),
  'orgMembers.sendEmpty': 'Enviar invitaciones',
  'orgMembers.sending': 'Enviando invitaciones…',
  'orgMembers.resultsCaption': 'Resultados',
  'orgMembers.columnResult': 'Resultado',
  'orgMembers.result.invited': 'Invitado',
  'orgMembers.result.already_member': 'Ya es miembro',
  'orgMembers.result.already_invited': 'Ya está invitado',
  'orgMembers.result.invalid': 'No es una dirección de correo electrónico válida',
  'orgMembers.notSent': (_locale, reason) => `No enviada: ${reason}`,
  'orgMembers.resultsSummary': (locale, invited, notInvited) => {
    const invitedText = plural(locale, invited, {
      one: `${n(locale, invited)} persona invitada`,
      other: `${n(locale, invited)} personas invitadas`,
    });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}; ${plural(locale, notInvited, {
      one: `${n(locale, notInvited)} dirección no invitada.`,
      other: `${n(locale, notInvited)} direcciones no invitadas.`,
    })}`;
  },
  'orgMembers.inviteMore': 'Invitar a más personas',
  'orgMembers.done': 'Listo',
  'orgMembers.inviteFailed': (_locale, reason) => `No se enviaron las invitaciones. ${reason}`,
  'orgMembers.invitePlan': (_locale, planName) =>
    planName
      ? `Su plan ${planName} no incluye organizaciones, así que no se pueden enviar invitaciones. Mejore su plan para invitar a sus compañeros.`
      : 'Su plan no incluye organizaciones, así que no se pueden enviar invitaciones. Mejore su plan para invitar a sus compañeros.',

  // organization profile
  'orgProfile.label': 'Organización',
  'orgProfile.description': 'El nombre, la dirección web y la imagen de marca de su organización.',
  'orgProfile.noOrganization': 'No pertenece a ninguna organización.',
  'orgProfile.name': 'Nombre de la organización',
  'orgProfile.slug': 'Identificador de URL',
  'orgProfile.slugHint': 'Se usa en direcciones web: de 3 a 40 letras minúsculas, dígitos y guiones.',
  'orgProfile.logo': 'Logotipo',
  'orgProfile.logoUrl': 'URL del logotipo',
  'orgProfile.logoHint': 'Una dirección https:// o una ruta de este sitio. Déjelo vacío para mostrar las iniciales.',
  'orgProfile.logoAlt': (_locale, name) => `Logotipo de ${name}`,
  'orgProfile.initialsLabel': (_locale, name) => `${name}: sin logotipo, se muestran las iniciales`,
  'orgProfile.uploadLogo': 'Subir logotipo',
  'orgProfile.uploading': 'Subiendo…',
  'orgProfile.removeLogo': 'Quitar logotipo',
  'orgProfile.brandColor': 'Color de marca',
  'orgProfile.colorPicker': 'Elegir el color de marca',
  'orgProfile.colorHex': 'Valor hexadecimal',
  'orgProfile.colorHint': 'Un color hexadecimal como #3f5efb. Déjelo vacío para usar el color predeterminado.',
  'orgProfile.noColor': 'No hay color de marca definido: se usa el color predeterminado.',
  'orgProfile.sample': 'Botón de muestra',
  'orgProfile.contrastWhite': (_locale, ratio) => `Texto blanco: ${ratio}:1`,
  'orgProfile.contrastBlack': (_locale, ratio) => `Texto negro: ${ratio}:1`,
  'orgProfile.sampleUsesWhite': 'La muestra usa texto blanco, que se lee mejor sobre este color.',
  'orgProfile.sampleUsesBlack': 'La muestra usa texto negro, que se lee mejor sobre este color.',
  'orgProfile.lowWhiteContrast': (_locale, ratio) =>
    `El texto blanco sobre este color solo tiene un contraste de ${ratio}:1, por debajo del 4,5:1 que necesita un texto legible. Los botones de este color necesitan texto oscuro; si no, elija un color más oscuro.`,
  'orgProfile.admin': 'Cuenta de administrador',
  'orgProfile.adminReason': 'La cuenta de administrador no se puede cambiar aquí; póngase en contacto con el soporte para transferirla.',
  'orgProfile.nameRequired': 'Escriba el nombre de la organización.',
  'orgProfile.nameTooLong': 'Use 100 caracteres como máximo.',
  'orgProfile.slugRequired': 'Escriba un identificador de URL.',
  'orgProfile.slugCharacters': 'Use solo letras minúsculas, dígitos y guiones, sin espacios.',
  'orgProfile.slugLength': 'Use de 3 a 40 caracteres.',
  'orgProfile.slugEdges': 'Empiece y termine con una letra o un dígito.',
  'orgProfile.slugTaken': 'Este identificador ya está en uso. Pruebe con otro.',
  'orgProfile.slugRejected': 'Este identificador no se puede usar. Es posible que ya esté en uso; pruebe con otro.',
  'orgProfile.nameRejected': 'Este nombre no se puede usar. Pruebe con otro.',
  'orgProfile.logoUnsafe': 'Use una dirección https:// o una ruta de este sitio.',
  'orgProfile.logoRejected': 'Esta dirección de logotipo no se puede usar. Pruebe con otra.',
  'orgProfile.uploadFailed': 'No se pudo subir el logotipo. Vuelva a intentarlo.',
  'orgProfile.uploadUnsafe': 'El logotipo subido volvió con una dirección que no se puede mostrar de forma segura.',
  'orgProfile.colorInvalid': 'Use un color hexadecimal como #3f5efb.',
  'orgProfile.colorRejected': 'Este color no se puede usar. Pruebe con otro.',
  'orgProfile.save': 'Guardar',
  'orgProfile.saving': 'Guardando…',
  'orgProfile.discard': 'Descartar cambios',
  'orgProfile.unsaved': 'Tiene cambios sin guardar.',
  'orgProfile.saved': 'Configuración de la organización guardada.',
  'orgProfile.saveFailed': (_locale, reason) =>
    `No se pudo guardar la configuración de la organización; sus cambios se conservan. ${reason}`,
  'orgProfile.fixFields': 'Algunos campos necesitan corrección.',
  'orgProfile.uploaded': 'Logotipo subido. Guarde para usarlo.',
  'orgProfile.readOnly': 'Puede ver esta configuración, pero no tiene permiso para cambiarla.',
  'orgProfile.cannotUpdate': 'Esta configuración no se puede cambiar desde aquí.',
  'orgProfile.upgradeTitle': 'La configuración de la organización requiere un plan con organizaciones',
  'orgProfile.upgradeBody': (_locale, planName) =>
    planName
      ? `Su plan ${planName} no incluye organizaciones. Mejore su plan para definir el nombre, la dirección web y la imagen de marca de su organización.`
      : 'Su plan no incluye organizaciones. Mejore su plan para definir el nombre, la dirección web y la imagen de marca de su organización.',
  'orgProfile.upgrade': 'Mejorar el plan',

  // danger zone
  'dangerZone.label': 'Zona de peligro',
  'dangerZone.empty': 'Aquí no hay ninguna acción que pueda realizar.',
  'dangerZone.emptyNoPermission':
    'Estas acciones requieren permisos que no tiene. Pídaselos a un propietario de la organización.',
  'dangerZone.unavailablePermission': 'No tiene permiso para hacer esto.',
  'dangerZone.unavailableNoOrganization': 'No pertenece a ninguna organización.',
  'dangerZone.revokeSessions.title': 'Cerrar todas las sesiones',
  'dangerZone.revokeSessions.description':
    'Cierra su sesión en todos los dispositivos y navegadores a la vez. Úselo si cree que otra persona tiene acceso a su cuenta.',
  'dangerZone.revokeSessions.breaks': 'Tendrá que volver a iniciar sesión en cada uno de sus dispositivos.',
  'dangerZone.revokeSessions.button': 'Cerrar sesión en todas partes',
  'dangerZone.revokeSessions.heading': '¿Cerrar todas las sesiones?',
  'dangerZone.revokeSessions.body':
    'Se cierra a la vez la sesión en todos los dispositivos y navegadores conectados a su cuenta. Quien use su cuenta en otro lugar pierde el acceso.',
  'dangerZone.revokeSessions.done': 'Se cerraron todas las sesiones.',
  'dangerZone.regenerateSecrets.title': 'Regenerar los secretos de API',
  'dangerZone.regenerateSecrets.description':
    'Sustituye cada clave de API activa por una nueva. Úselo si un secreto puede haberse filtrado.',
  'dangerZone.regenerateSecrets.breaks': 'Todas las integraciones que aún usan las credenciales anteriores dejan de funcionar de inmediato.',
  'dangerZone.regenerateSecrets.button': 'Regenerar secretos',
  'dangerZone.regenerateSecrets.heading': '¿Regenerar todos los secretos de API?',
  'dangerZone.regenerateSecrets.body':
    'Cada clave de API activa se sustituye por una nueva, y las claves anteriores dejan de funcionar de inmediato. Todas las integraciones que usan las credenciales anteriores dejarán de funcionar hasta que les proporcione el nuevo secreto.',
  'dangerZone.regenerateSecrets.shownOnce': 'Los nuevos secretos se muestran una sola vez. Tenga preparado un lugar seguro para guardarlos.',
  'dangerZone.regenerateSecrets.savedHint': 'Actualice cada integración con su nuevo secreto.',
  'dangerZone.regenerateSecrets.none': 'No había claves de API activas, así que no se creó ningún secreto nuevo.',
  'dangerZone.leaveOrganization.title': 'Salir de la organización',
  'dangerZone.leaveOrganization.description': (_locale, name) =>
    `Le quita de ${name}. Pierde el acceso a sus miembros, claves de API, uso y facturación.`,
  'dangerZone.leaveOrganization.breaks': 'Para volver, un propietario tendrá que invitarle de nuevo.',
  'dangerZone.leaveOrganization.button': 'Salir de la organización',
  'dangerZone.leaveOrganization.heading': (_locale, name) => `¿Salir de ${name}?`,
  'dangerZone.leaveOrganization.body': (_locale, name) =>
    `Pierde de inmediato el acceso a ${name}: sus miembros, claves de API, uso y facturación. Para volver, un propietario tendrá que invitarle de nuevo.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale, name) =>
    `Es el único propietario de ${name}. Convierta a otro miembro en propietario antes de salir.`,
  'dangerZone.leaveOrganization.done': (_locale, name) => `Ha salido de ${name}.`,
  'dangerZone.deleteOrganization.title': 'Eliminar la organización',
  'dangerZone.deleteOrganization.description': (_locale, name) =>
    `Elimina ${name} de forma permanente: su equipo, suscripciones, proyectos y conjuntos de datos, la información de tarjetas y los datos de uso y facturación.`,
  'dangerZone.deleteOrganization.breaks': 'Esta acción no se puede deshacer.',
  'dangerZone.deleteOrganization.button': 'Eliminar la organización',
  'dangerZone.deleteOrganization.heading': (_locale, name) => `¿Eliminar ${name}?`,
  'dangerZone.deleteOrganization.lossIntro': 'Al eliminar la organización se borra de forma permanente:',
  'dangerZone.deleteOrganization.lossMembers': 'todos los usuarios del equipo',
  'dangerZone.deleteOrganization.lossSubscriptions': 'todos los registros de suscripciones',
  'dangerZone.deleteOrganization.lossProjects': 'todos los proyectos y sus conjuntos de datos',
  'dangerZone.deleteOrganization.lossCard': 'la información de tarjetas',
  'dangerZone.deleteOrganization.lossUsage': 'los datos de uso y facturación',
  'dangerZone.deleteOrganization.irreversible': 'Esta acción no se puede deshacer.',
  'dangerZone.deleteOrganization.blocked': (locale, count) =>
    plural(locale, count, {
      one: 'No puede eliminar la organización mientras haya una suscripción activa. Cancélela primero y después elimine:',
      other: `No puede eliminar la organización mientras haya ${count} suscripciones activas. Cancele primero cada una de ellas y después elimine:`,
    }),
  'dangerZone.deleteOrganization.blockedShort': (locale, count) =>
    plural(locale, count, {
      one: 'Primero hay que cancelar una suscripción activa.',
      other: `Primero hay que cancelar ${count} suscripciones activas.`,
    }),
  'dangerZone.deleteOrganization.stillBlocked': 'La organización todavía no se puede eliminar: aún hay una suscripción activa.',
  'dangerZone.deleteOrganization.nameChanged':
    'El nombre de la organización ya no coincide. Escriba su nombre actual para confirmar.',
  'dangerZone.deleteOrganization.done': (_locale, name) => `Se eliminó ${name}.`,

  // sessions
  'sessions.label': 'Sesiones activas',
  'sessions.description':
    'Dispositivos y navegadores en los que tiene la sesión iniciada. Cierre la sesión en los que no reconozca.',
  'sessions.empty': 'No tiene sesiones activas.',
  'sessions.thisDevice': 'Este dispositivo',
  'sessions.lastActive': 'Última actividad',
  'sessions.location': 'Ubicación',
  'sessions.activeNow': 'Activa ahora',
  'sessions.revoke': 'Cerrar sesión',
  'sessions.revokeLabel': (_locale, device) => `Cerrar la sesión en ${device}`,
  'sessions.revoking': 'Cerrando sesión…',
  'sessions.revoked': (_locale, device) => `Se cerró la sesión en ${device}.`,
  'sessions.revokeFailed': (_locale, device, reason) => `No se pudo cerrar la sesión en ${device}. ${reason}`,
  'sessions.revokeOthers': 'Cerrar todas las demás sesiones',
  'sessions.revokeOthersHeading': '¿Cerrar todas las demás sesiones?',
  'sessions.revokeOthersBody': (locale, count) =>
    plural(locale, count, {
      one: `Se cerrará la sesión en ${count} dispositivo más. Este dispositivo sigue con la sesión iniciada.`,
      other: `Se cerrará la sesión en ${count} dispositivos más. Este dispositivo sigue con la sesión iniciada.`,
    }),
  'sessions.revokeOthersConfirm': 'Cerrar sesión',
  'sessions.revokedOthers': (locale, count) =>
    plural(locale, count, { one: `Se cerró ${count} sesión más.`, other: `Se cerraron ${count} sesiones más.` }),
  'sessions.revokeOthersFailed': (_locale, reason) => `No se pudieron cerrar todas las demás sesiones. ${reason}`,

  // subscriptions
  'subscriptions.label': 'Suscripciones',
  'subscriptions.description':
    'Planes y complementos que paga su organización. No se puede eliminar una organización mientras alguno de ellos esté activo.',
  'subscriptions.empty': 'Su organización no tiene suscripciones.',
  'subscriptions.unavailable': 'Las suscripciones no se pueden mostrar aquí: este servicio no las enumera.',
  'subscriptions.readOnly':
    'Puede ver las suscripciones de la organización, pero solo las personas que la administran, como sus propietarios, pueden cancelarlas.',
  'subscriptions.kindLabel': 'Tipo',
  'subscriptions.kind': (_locale, kind) => SUBSCRIPTION_KINDS[kind] ?? kind,
  'subscriptions.status': (_locale, status) => SUBSCRIPTION_STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale, date) => `Se renueva el ${date}`,
  'subscriptions.endsOn': (_locale, date) => `Finaliza el ${date}`,
  'subscriptions.endedOn': (_locale, date) => `Finalizó el ${date}`,
  'subscriptions.unsubscribe': 'Cancelar suscripción',
  'subscriptions.unsubscribeLabel': (_locale, name) => `Cancelar la suscripción a ${name}`,
  'subscriptions.unsubscribing': 'Cancelando la suscripción…',
  'subscriptions.dialogHeading': (_locale, name) => `¿Cancelar la suscripción a ${name}?`,
  'subscriptions.dialogConfirm': 'Cancelar suscripción',
  'subscriptions.dialogKeep': 'Mantener la suscripción',
  'subscriptions.whenLegend': '¿Cuándo debe finalizar?',
  'subscriptions.atPeriodEnd': 'Al final del periodo de facturación',
  'subscriptions.atPeriodEndHint': (_locale, date) => `Sigue funcionando hasta el ${date} y no se renueva.`,
  'subscriptions.now': 'Ahora',
  'subscriptions.nowHint': 'Se detiene de inmediato. El resto del periodo actual no se usa.',
  'subscriptions.periodEndOnly': (_locale, name, date) =>
    `${name} sigue funcionando hasta el final del periodo de facturación, el ${date}, y no se renueva.`,
  'subscriptions.endsAnnounced': (_locale, name, date) => `${name} finaliza el ${date}.`,
  'subscriptions.endedAnnounced': (_locale, name) => `${name} ha finalizado.`,
  'subscriptions.cancelFailed': (_locale, name, reason) => `No se pudo cancelar la suscripción a ${name}. ${reason}`,

  // notifications
  'notifications.label': 'Notificaciones',
  'notifications.description': 'Elija sobre qué le avisamos y por qué medio.',
  'notifications.empty': 'No hay notificaciones que configurar.',
  'notifications.categoryHeader': 'Notificación',
  'notifications.category.usage_thresholds': 'Umbrales de uso',
  'notifications.category.plan_renewal': 'Renovación del plan',
  'notifications.category.agent_errors': 'Errores del agente',
  'notifications.category.weekly_digest': 'Resumen semanal',
  'notifications.channel.email': 'Correo electrónico',
  'notifications.channel.push': 'Push',
  'notifications.switchLabel': (_locale, category, channel) => `${category} por ${channel.toLocaleLowerCase('es')}`,
  'notifications.turnedOn': (_locale, category, channel) => `${category} por ${channel.toLocaleLowerCase('es')}: activado.`,
  'notifications.turnedOff': (_locale, category, channel) => `${category} por ${channel.toLocaleLowerCase('es')}: desactivado.`,
  'notifications.toggleFailed': (_locale, category, channel, reason) =>
    `No se pudo cambiar ${category} por ${channel.toLocaleLowerCase('es')}; vuelve a estar como antes. ${reason}`,
  'notifications.save': 'Guardar',
  'notifications.saving': 'Guardando…',
  'notifications.discard': 'Descartar cambios',
  'notifications.saved': 'Preferencias de notificación guardadas.',
  'notifications.saveFailed': (_locale, reason) =>
    `No se pudieron guardar sus preferencias de notificación; sus cambios se conservan. ${reason}`,
  'notifications.unsaved': 'Tiene cambios sin guardar.',

  // passkeys
  'passkeys.label': 'Llaves de acceso',
  'passkeys.description': 'Inicie sesión con su huella, su cara o el PIN del dispositivo en lugar de una contraseña.',
  'passkeys.empty': 'Todavía no tiene llaves de acceso.',
  'passkeys.added': 'Añadida',
  'passkeys.lastUsed': 'Último uso',
  'passkeys.neverUsed': 'Nunca',
  'passkeys.nameLabel': 'Nombre de la llave de acceso',
  'passkeys.namePlaceholder': 'p. ej., Portátil del trabajo',
  'passkeys.nameRequired': 'Escriba un nombre para la llave de acceso.',
  'passkeys.nameTooLong': 'Use 64 caracteres como máximo.',
  'passkeys.add': 'Añadir llave de acceso',
  'passkeys.adding': 'Esperando a su dispositivo…',
  'passkeys.addedDone': (_locale, name) => `Se añadió la llave de acceso «${name}».`,
  'passkeys.cancelled': 'La configuración de la llave de acceso se canceló o caducó. No se añadió nada.',
  'passkeys.ceremonyFailed': 'Su dispositivo no pudo crear una llave de acceso. Vuelva a intentarlo o use otro dispositivo.',
  'passkeys.unsupported':
    'Este navegador no puede crear llaves de acceso. Use un navegador reciente en un dispositivo con sensor de huellas, reconocimiento facial o bloqueo de pantalla.',
  'passkeys.addFailed': (_locale, reason) => `No se pudo añadir la llave de acceso. ${reason}`,
  'passkeys.rename': 'Cambiar nombre',
  'passkeys.renameLabel': (_locale, name) => `Cambiar el nombre de ${name}`,
  'passkeys.save': 'Guardar',
  'passkeys.cancel': 'Cancelar',
  'passkeys.renamed': (_locale, name) => `Nombre cambiado a «${name}».`,
  'passkeys.renameFailed': (_locale, reason) => `No se pudo cambiar el nombre de la llave de acceso. ${reason}`,
  'passkeys.delete': 'Eliminar',
  'passkeys.deleteLabel': (_locale, name) => `Eliminar ${name}`,
  'passkeys.deleteHeading': (_locale, name) => `¿Eliminar «${name}»?`,
  'passkeys.deleteBody':
    'Ya no podrá iniciar sesión con esta llave de acceso. Sus otros métodos de inicio de sesión siguen funcionando.',
  'passkeys.deleteConfirm': 'Eliminar llave de acceso',
  'passkeys.deleted': (_locale, name) => `Se eliminó la llave de acceso «${name}».`,
  'passkeys.deleteFailed': (_locale, reason) => `No se pudo eliminar la llave de acceso. ${reason}`,

  // profile
  'profile.label': 'Perfil',
  'profile.description': 'Su nombre, dirección de correo electrónico, foto, zona horaria e idioma.',
  'profile.displayName': 'Nombre visible',
  'profile.email': 'Correo electrónico',
  'profile.emailChangeHint':
    'Enviaremos un enlace de confirmación a la nueva dirección. El cambio se aplica cuando lo confirme.',
  'profile.pendingEmail': (_locale, email) => `Revise ${email} para confirmar el cambio.`,
  'profile.avatar': 'Foto de perfil',
  'profile.avatarAlt': (_locale, name) => (name ? `Foto de perfil de ${name}` : 'Su foto de perfil'),
  'profile.avatarUrl': 'URL de la foto',
  'profile.avatarUrlHint': 'Una dirección https:// o una ruta de este sitio. Déjelo vacío para mostrar sus iniciales.',
  'profile.upload': 'Subir una foto',
  'profile.uploading': 'Subiendo la foto…',
  'profile.uploaded': 'Foto subida. Guarde para conservarla.',
  'profile.uploadFailed': (_locale, reason) => `No se pudo subir la foto. ${reason}`,
  'profile.timezone': 'Zona horaria',
  'profile.timezoneHint': 'Escriba una ciudad o una diferencia horaria como GMT+1 y elija en la lista.',
  'profile.timezoneNow': (_locale, offset) => `Ahora ${offset}.`,
  'profile.timezoneOption': (_locale, zone, offset) => `${zone} (${offset})`,
  'profile.timezoneNoMatch': 'Ninguna zona horaria coincide.',
  'profile.language': 'Idioma',
  'profile.error.displayNameRequired': 'Escriba su nombre.',
  'profile.error.displayNameTooLong': (_locale, max) => `Use ${max} caracteres como máximo.`,
  'profile.error.email': 'Escriba una dirección de correo electrónico como nombre@example.com.',
  'profile.error.avatarUrl': 'Use una dirección https:// o una ruta de este sitio.',
  'profile.error.timezone': 'Elija una zona horaria de la lista.',
  'profile.error.locale': 'Elija un idioma de la lista.',
  'profile.save': 'Guardar',
  'profile.saving': 'Guardando…',
  'profile.discard': 'Descartar cambios',
  'profile.unsaved': 'Tiene cambios sin guardar.',
  'profile.saved': 'Perfil guardado.',
  'profile.savedPendingEmail': (_locale, email) =>
    `Perfil guardado. Revise ${email} para confirmar la nueva dirección de correo electrónico.`,
  'profile.saveFailed': (_locale, reason) => `No se pudo guardar su perfil; sus cambios se conservan. ${reason}`,

  // account settings
  'settings.label': 'Configuración',
  'settings.tab.general': 'General',
  'settings.tab.api-keys': 'Claves de API',
  'settings.tab.usage': 'Uso',
  'settings.tab.billing': 'Facturación',
  'settings.tab.notifications': 'Notificaciones',
  'settings.tab.organization': 'Organización',
  'settings.empty': 'No hay configuración que mostrar para esta cuenta.',
  'settings.membershipFailed': 'No se pudo comprobar su organización, por lo que su pestaña está oculta.',
};

export default es;
