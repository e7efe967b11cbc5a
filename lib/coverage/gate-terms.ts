/**
 * The few words the always-on gate looks for. Kept apart from the full
 * conflict vocabulary on purpose: the gate script bundles only this file
 * (it must stay small), so these are short regex sources, not the actor list.
 * Recall matters more than precision here: the full score runs next.
 */
export const GATE_TERMS = Object.freeze({
  /** Pakistan's side: the country, its capitals, spokesmen and border regions. */
  pakistan:
    'Pakistan\\w*|Islamabad|Rawalpindi|ISPR|Khawaja\\s+(?:Muhammad\\s+)?Asif|Khwaja\\s+Asif|Peshawar|Quetta|Khyber|Balochistan|Baluchistan|Waziristan|Bajaur|Kurram|Mohmand|Chitral|Chaman|Torkham',
  /** Afghanistan's side: the country, the Taliban, Kabul, its spokesmen and border provinces. */
  afghanistan:
    'Afghan\\w*|Kabul|Taliban|Kandahar|Khost|Paktika|Paktia|Kunar|Nangarhar|Laghman|Spin\\s+Boldak|Mujahid|Islamic\\s+Emirate|Durand',
  /**
   * Pakistan in other languages' scripts and spellings (the full list is
   * lib/conflict/other-languages.ts; a test keeps these in step with it).
   */
  pakistanWorld:
    'پا[کك]ستان|باكستان|पाकिस्तान|પાકિસ્તાન|পাকিস্তান|ਪਾਕਿਸਤਾਨ|பாகிஸ்தான|పాకిస్తాన|ಪಾಕಿಸ್ತಾನ|പാകിസ്ഥാന|巴基斯坦|パキスタン|파키스탄|Пакистан|Pakistán|Paquist',
  /**
   * Afghanistan and the Taliban in other languages' scripts and spellings.
   * (Neither list holds an English spelling: a hit here lets a page through
   * on the names alone.)
   */
  afghanistanWorld:
    '[اأ]فغان|अ[\u092B\u095E]\u093C?[\u0917\u095A]|અફઘાન|আফগান|ਅਫ਼?ਗਾਨ|ஆப்கான|ఆఫ్ఘన|ಅಫ್ಘಾನ|അഫ്ഗാന|阿富汗|アフガ|아프간|아프가니스탄|Афган|Afgan|طالبان|तालिबान|તાલિબાન|তাল[েি]বান|ਤਾਲਿਬਾਨ|த[ா]?லிபான|塔利班|タリバン|탈레반|Талиб|Talibán|talibanes',
  /**
   * Names of an episode that mean the conflict by themselves (the operation's
   * name and its translation); kept in step with EVENTS[].aliases by a test.
   */
  episode: 'Ghazab|Righteous\\s+Fury',
  /** Fighting, diplomacy or casualties, in any form. */
  conflict:
    'Durand|border|frontier|clash\\w*|skirmish\\w*|strik\\w*|airstrike\\w*|air\\s+raids?|bomb\\w*|shell\\w*|drones?|attack\\w*|retaliat\\w*|fighting|fought|war|ceasefire|cease-fire|truce|talks|tension\\w*|troops|soldiers|forces|military|killed|casualt\\w*|wounded|hostilit\\w*|offensive|operation',
});
