/**
 * The broad vocabulary of the first look at a page's address and title
 * (address-may-cover.ts): anything a headline about the conflict is likely
 * to carry. Far broader than the gate's terms on purpose: a headline that
 * names none of these is not about the conflict, while one that names any
 * of them only costs the page the gate's own look.
 */
export const ADDRESS_TERMS = Object.freeze({
  /** The two sides, their peoples and their neighbours and mediators (places and actors come from lib/conflict). */
  names:
    'Pak|Pakistan\\w*|Afghan\\w*|Af-?Pak|Pashtun\\w*|Pakhtun\\w*|Pukhtun\\w*|Baloch\\w*|Baluch\\w*|Taliban\\w*|Talibs?|Daesh|Haqqani\\w*|Tehr[ie]e?k\\w*|Jamaat\\w*|Lashkar\\w*|jihad\\w*|mujahid\\w*|emirate|Islamists?|militan\\w*|insurgen\\w*|terror\\w*|extremis\\w*|Doha|Qatar\\w*|Istanbul|Ankara|Turk\\w*|Riyadh|Saudis?|Tehran|Iran\\w*|Beijing|Urumqi|Moscow|Durand|Indus|Hindu\\s+Kush|Pindi|Islamabad|Kabul',
  /** Fighting, its toll, and diplomacy between states, in any form. */
  events:
    'wars?|warfare|warplanes?|battle\\w*|fight\\w*|fought|clash\\w*|skirmish\\w*|combat\\w*|conflicts?|hostil\\w*|escalat\\w*|de-?escalat\\w*|tensions?|tense|standoff|stand-off|flare\\w*|strike|strikes|struck|airstrikes?|air-?raids?|raids?|raided|bomb\\w*|shell\\w*|mortars?|artillery|rockets?|missiles?|drones?|gun\\w*|firing|fire|firefights?|attack\\w*|assault\\w*|ambush\\w*|offensive|incursions?|infiltrat\\w*|retaliat\\w*|reprisals?|revenge|invad\\w*|invasion|border\\w*|frontier\\w*|crossings?|posts?|outposts?|troops?|soldiers?|army|armies|armed|military|militaries|forces|fighters?|guards?|commanders?|generals?|security|killed|kill\\w*|dead|deaths?|dies|died|toll|casualt\\w*|wounded|injur\\w*|hurt|civilians?|martyr\\w*|victims?|ceasefire|cease-fire|truce|peace|talks|negotiat\\w*|mediat\\w*|diplomac\\w*|diplomat\\w*|envoys?|ambassadors?|summit|accord|sanctions?|condemn\\w*|warns?|warning|warned|threat\\w*|accus\\w*|blames?|denies|denied|refugees?|deport\\w*|expel\\w*|expuls\\w*|closed|closure|reopen\\w*|trade|operation\\w*|regime|spokes\\w*',
  /** Acronyms, matched in capitals only ("UN" is also a French word). */
  acronyms:
    'TTP|TTA|ISKP|IS-?K|ISIS|FATA|KP|KPK|K-P|NWFP|ISPR|IEA|UN|UNAMA|UNHCR|UNSC|PM|FM|COAS|ISI|NDS|BLA|BLF',
});
