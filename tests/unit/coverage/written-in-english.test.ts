import { describe, expect, it } from 'vitest';
import { writtenInEnglish } from '../../../lib/coverage/written-in-english';

describe('which pages are written in English', () => {
  it.each([
    [
      'a short wire lead dense with names',
      'PESHAWAR (AP) — Afghan border forces fired mortars at Pakistani posts near Angoor Adda overnight, wounding five Frontier Corps soldiers, Pakistani security officials said on Tuesday, adding Pakistani troops returned fire and destroyed two Afghan positions in Paktika.',
    ],
    [
      'a short brief of two spokesmen',
      'KABUL (Reuters) — Taliban spokesman Zabihullah Mujahid said Afghan forces captured 19 Pakistani posts in Kunar, Nangarhar and Khost provinces, while Pakistan military spokesman Lt Gen Ahmed Sharif Chaudhry said 200 Taliban fighters died.',
    ],
    [
      'a list of headlines with no small word of any language',
      'Border clashes: key claims\n\n- Islamabad says 14 soldiers killed, 20 wounded\n- Kabul says 40 Pakistani troops killed\n- Pakistan claims 90 Taliban fighters killed\n- Seven Pakistani posts captured, Mujahid says',
    ],
  ])('%s is English', (_name, text) => {
    expect(writtenInEnglish(text)).toBe(true);
  });

  it.each([
    [
      'a short German brief',
      'PESCHAWAR (dpa) — Afghanische Grenztruppen haben in der Nacht pakistanische Posten bei Angoor Adda beschossen, dabei wurden fünf Soldaten verletzt, sagten Sicherheitskreise am Dienstag in Peschawar.',
    ],
    [
      'a short Indonesian brief',
      'KABUL — Juru bicara Taliban mengatakan pasukan Afghanistan merebut 19 pos Pakistan di provinsi Kunar dan Khost pada hari Minggu, sementara militer Pakistan menyebut 200 pejuang Taliban tewas dalam pertempuran itu.',
    ],
    [
      'a short Finnish brief',
      'Pakistanin ja Afganistanin joukot ampuivat toisiaan rajalla yöllä, ja ainakin viisi sotilasta kuoli, kertoi Pakistanin armeija. Myös kaksi siviiliä haavoittui, mutta rajanylityspaikka on yhä auki.',
    ],
    [
      'a page in another script',
      'پاکستان اور افغانستان کے درمیان سرحد پر جھڑپ میں کئی فوجی ہلاک ہو گئے',
    ],
  ])('%s is not', (_name, text) => {
    expect(writtenInEnglish(text)).toBe(false);
  });
});
