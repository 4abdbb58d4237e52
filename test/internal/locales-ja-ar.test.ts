import { expect } from '@open-wc/testing';
import { registerTranslation, translate } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { ja } from '../../src/locales/ja.js';

describe('the Japanese and Arabic catalogues', () => {
  before(() => {
    registerTranslation('ar', ar);
    registerTranslation('ja', ja);
  });

  it('say a count in all six Arabic plural forms, with digits from Intl', () => {
    const count = (total: number) => translate('ar', 'orgMembers.count', total);
    expect(count(0)).to.equal('لا يوجد أعضاء');
    expect(count(1)).to.equal('عضو واحد');
    expect(count(2)).to.equal('عضوان');
    expect(count(3)).to.equal(`${new Intl.NumberFormat('ar').format(3)} أعضاء`);
    expect(count(11)).to.equal(`${new Intl.NumberFormat('ar').format(11)} عضوًا`);
    expect(count(100)).to.equal(`${new Intl.NumberFormat('ar').format(100)} عضو`);
    // The last two digits choose the form: 10,008 is `few`, as 8 is.
    expect(count(10_008)).to.equal(`${new Intl.NumberFormat('ar').format(10_008)} أعضاء`);
    // A region whose numbering system is Arabic-Indic gets those digits without any change here.
    expect(translate('ar-EG', 'orgMembers.count', 3)).to.equal(`${new Intl.NumberFormat('ar-EG').format(3)} أعضاء`);
  });

  it('put the plural form inside the sentence in Arabic, and a single form in Japanese', () => {
    expect(translate('ar', 'sessions.revokeOthersBody', 2)).to.contain('جهازين آخرين');
    expect(translate('ar', 'error.rate_limited', 30)).to.contain('ثانية');
    expect(translate('ar', 'error.rate_limited')).to.equal('طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.');
    expect(translate('ja', 'orgMembers.count', 1)).to.equal('1 人のメンバー');
    expect(translate('ja', 'orgMembers.count', 10_008)).to.equal('10,008 人のメンバー');
    expect(translate('ja', 'orgMembers.previewSummary', 2, 4)).to.equal('送信可能なアドレスは 2 件です。問題のある 4 件はスキップされます。');
  });

  it('keep arguments and technical tokens as given', () => {
    expect(translate('ja', 'apiKeyPanel.rotateHeading', 'Production')).to.equal('「Production」をローテーションしますか？');
    expect(translate('ar', 'apiKeyPanel.deployHint', 'SENTIENTONE_API_KEY')).to.contain('SENTIENTONE_API_KEY');
    expect(translate('ar', 'billingCard.portalUnsafeUrl')).to.contain('https:');
    expect(translate('ar', 'billingCard.status', 'active')).to.equal('نشط');
    expect(translate('ar', 'billingCard.status', 'paused')).to.equal('paused');
  });
});
