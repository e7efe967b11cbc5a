/**
 * Places on both sides of the border, as news copy spells them. `side` says
 * which country the place is in: a page naming places on both sides is a
 * first sign that it is about the two countries together.
 */
export type Side = 'pakistan' | 'afghanistan';

export interface Place {
  name: string;
  side: Side;
  kind: 'country' | 'capital' | 'province' | 'district' | 'city' | 'crossing';
  aliases: readonly string[];
}

export const PLACES: readonly Place[] = Object.freeze([
  // Afghanistan
  {
    name: 'Afghanistan',
    side: 'afghanistan',
    kind: 'country',
    aliases: ['Afghanistan', 'Afghan', 'Afghans'],
  },
  { name: 'Kabul', side: 'afghanistan', kind: 'capital', aliases: ['Kabul'] },
  { name: 'Kandahar', side: 'afghanistan', kind: 'province', aliases: ['Kandahar', 'Qandahar'] },
  { name: 'Khost', side: 'afghanistan', kind: 'province', aliases: ['Khost', 'Khowst'] },
  { name: 'Paktika', side: 'afghanistan', kind: 'province', aliases: ['Paktika'] },
  { name: 'Paktia', side: 'afghanistan', kind: 'province', aliases: ['Paktia', 'Paktiya'] },
  { name: 'Laghman', side: 'afghanistan', kind: 'province', aliases: ['Laghman'] },
  { name: 'Kunar', side: 'afghanistan', kind: 'province', aliases: ['Kunar', 'Konar'] },
  { name: 'Nangarhar', side: 'afghanistan', kind: 'province', aliases: ['Nangarhar', 'Ningarhar'] },
  { name: 'Nuristan', side: 'afghanistan', kind: 'province', aliases: ['Nuristan'] },
  { name: 'Helmand', side: 'afghanistan', kind: 'province', aliases: ['Helmand'] },
  { name: 'Zabul', side: 'afghanistan', kind: 'province', aliases: ['Zabul'] },
  { name: 'Nimroz', side: 'afghanistan', kind: 'province', aliases: ['Nimroz'] },
  { name: 'Jalalabad', side: 'afghanistan', kind: 'city', aliases: ['Jalalabad'] },
  {
    name: 'Spin Boldak',
    side: 'afghanistan',
    kind: 'district',
    aliases: ['Spin Boldak', 'Spin Buldak'],
  },
  { name: 'Barmal', side: 'afghanistan', kind: 'district', aliases: ['Barmal'] },
  { name: 'Urgun', side: 'afghanistan', kind: 'district', aliases: ['Urgun', 'Urgoon'] },
  {
    name: 'Dand-e-Patan',
    side: 'afghanistan',
    kind: 'district',
    aliases: ['Dand-e-Patan', 'Dand Patan'],
  },
  { name: 'Bagram', side: 'afghanistan', kind: 'city', aliases: ['Bagram'] },
  // Pakistan
  {
    name: 'Pakistan',
    side: 'pakistan',
    kind: 'country',
    aliases: ['Pakistan', 'Pakistani', 'Pakistanis'],
  },
  { name: 'Islamabad', side: 'pakistan', kind: 'capital', aliases: ['Islamabad'] },
  { name: 'Rawalpindi', side: 'pakistan', kind: 'city', aliases: ['Rawalpindi'] },
  { name: 'Peshawar', side: 'pakistan', kind: 'city', aliases: ['Peshawar'] },
  { name: 'Quetta', side: 'pakistan', kind: 'city', aliases: ['Quetta'] },
  {
    name: 'Khyber Pakhtunkhwa',
    side: 'pakistan',
    kind: 'province',
    aliases: ['Khyber Pakhtunkhwa', 'Khyber-Pakhtunkhwa', 'KP province', 'KPK'],
  },
  {
    name: 'Balochistan',
    side: 'pakistan',
    kind: 'province',
    aliases: ['Balochistan', 'Baluchistan'],
  },
  { name: 'Bajaur', side: 'pakistan', kind: 'district', aliases: ['Bajaur'] },
  {
    name: 'Khyber',
    side: 'pakistan',
    kind: 'district',
    aliases: ['Khyber district', 'Khyber tribal district'],
  },
  { name: 'Mohmand', side: 'pakistan', kind: 'district', aliases: ['Mohmand'] },
  { name: 'Kurram', side: 'pakistan', kind: 'district', aliases: ['Kurram', 'Parachinar'] },
  { name: 'Chitral', side: 'pakistan', kind: 'district', aliases: ['Chitral'] },
  {
    name: 'North Waziristan',
    side: 'pakistan',
    kind: 'district',
    aliases: ['North Waziristan', 'South Waziristan', 'Waziristan'],
  },
  { name: 'Zhob', side: 'pakistan', kind: 'district', aliases: ['Zhob'] },
  { name: 'Chaman', side: 'pakistan', kind: 'crossing', aliases: ['Chaman'] },
  { name: 'Torkham', side: 'pakistan', kind: 'crossing', aliases: ['Torkham'] },
  {
    name: 'Angoor Adda',
    side: 'pakistan',
    kind: 'crossing',
    aliases: ['Angoor Adda', 'Angur Adda'],
  },
  { name: 'Ghulam Khan', side: 'pakistan', kind: 'crossing', aliases: ['Ghulam Khan'] },
]);
