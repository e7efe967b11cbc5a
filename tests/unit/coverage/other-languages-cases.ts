/**
 * Short news pages in other languages, written for these tests (no outlet's
 * sentences): the conflict's coverage, and the near-miss families that name
 * both countries without being about their fighting.
 */
export interface LanguageCase {
  name: string;
  language: string;
  title: string;
  text: string;
  coverage: boolean;
}

export const LANGUAGE_CASES: readonly LanguageCase[] = [
  {
    name: 'air strikes and border clashes',
    language: 'Hindi',
    title: 'सीमा पर पाकिस्तान और अफगानिस्तान की सेनाओं में भीषण झड़प',
    text: 'पाकिस्तानी सेना ने बुधवार रात अफगानिस्तान के खोस्त प्रांत में हवाई हमले किए। तालिबान प्रशासन के प्रवक्ता ने कहा कि जवाबी कार्रवाई में सीमा की कई चौकियों पर गोलीबारी हुई।\nदोनों देशों के बीच तनाव पिछले हफ्ते से बढ़ रहा है और कतर ने युद्धविराम की अपील की है।',
    coverage: true,
  },
  {
    name: 'talks end without agreement, headline spelt with nuktas',
    language: 'Hindi',
    title: 'इस्तांबुल में पाक-अफ़ग़ान वार्ता बिना नतीजे के खत्म',
    text: 'तुर्की की मध्यस्थता में हुई बातचीत तीसरे दिन टूट गई। पाकिस्तान ने मांग की कि काबुल सीमा पार हमले करने वाले लड़ाकों पर लगाम लगाए, जबकि तालिबान सरकार ने आरोपों को खारिज कर दिया।\nविश्लेषकों के मुताबिक संघर्ष विराम अब खतरे में है।',
    coverage: true,
  },
  {
    name: 'posts attacked, the army answers',
    language: 'Urdu',
    title: 'پاک افغان سرحد پر شدید جھڑپیں، متعدد فوجی ہلاک',
    text: 'افغان طالبان نے رات گئے سرحدی چوکیوں پر حملہ کیا جس کے جواب میں پاک فوج نے کارروائی کی۔ سیکیورٹی ذرائع کے مطابق جھڑپوں میں دونوں جانب جانی نقصان ہوا۔\nکابل میں حکام نے پاکستان پر فضائی حملوں کا الزام لگایا ہے۔',
    coverage: true,
  },
  {
    name: 'raids near the border, a call for a truce',
    language: 'Arabic',
    title: 'غارات باكستانية على ولايات أفغانية وطالبان تتوعد بالرد',
    text: 'قال مسؤولون في حركة طالبان إن طائرات باكستانية شنت غارات على مناطق قرب الحدود، ما أدى إلى مقتل مدنيين.\nوأعلنت إسلام آباد أنها استهدفت مخابئ مسلحين، فيما دعت قطر البلدين إلى وقف إطلاق النار.',
    coverage: true,
  },
  {
    name: 'border posts hit in answer to air raids',
    language: 'Persian',
    title: 'درگیری مرزی میان نیروهای طالبان و ارتش پاکستان',
    text: 'وزارت دفاع افغانستان اعلام کرد که در پاسخ به حملات هوایی پاکستان، نیروهایش چند پاسگاه مرزی را هدف قرار دادند.\nدو کشور پیش‌تر بر سر آتش‌بس توافق کرده بودند.',
    coverage: true,
  },
  {
    name: 'air strikes and a vow of revenge',
    language: 'Chinese',
    title: '巴基斯坦与阿富汗边境爆发冲突',
    text: '巴基斯坦军方周日表示，其部队对阿富汗境内目标发动空袭。阿富汗塔利班政府称，空袭造成平民死亡，并誓言报复。\n两国此前在多哈达成停火协议。',
    coverage: true,
  },
  {
    name: 'a truce not kept',
    language: 'Spanish',
    title: 'Enfrentamientos en la frontera entre Pakistán y Afganistán',
    text: 'Las fuerzas talibanes atacaron varios puestos fronterizos tras los bombardeos paquistaníes en Kabul, según fuentes oficiales.\nAmbos países acordaron un alto el fuego en Doha la semana pasada, pero la tregua no se ha respetado.',
    coverage: true,
  },
  {
    name: 'strikes on a province, posts fired on',
    language: 'Russian',
    title: 'Столкновения на границе Пакистана и Афганистана',
    text: 'Власти талибов заявили, что пакистанские авиаудары по восточной провинции унесли жизни мирных жителей.\nИсламабад сообщил об ответных атаках на свои посты. Стороны обсуждают перемирие.',
    coverage: true,
  },
  {
    name: 'a cricket match between the two',
    language: 'Hindi',
    title: 'एशिया कप: अफगानिस्तान ने पाकिस्तान को 6 विकेट से हराया',
    text: 'शारजाह में खेले गए मुकाबले में अफगानिस्तान के गेंदबाजों ने शानदार प्रदर्शन किया। पाकिस्तान की टीम 20 ओवर में 130 रन ही बना सकी।\nक्रिकेट प्रशंसकों ने अफगान खिलाड़ियों की जीत का जश्न मनाया। अगला मैच रविवार को होगा और पाकिस्तानी कप्तान ने वापसी का भरोसा जताया।',
    coverage: false,
  },
  {
    name: 'an earthquake felt across the border',
    language: 'Urdu',
    title: 'افغانستان میں شدید زلزلہ، سینکڑوں افراد جاں بحق',
    text: 'مشرقی افغانستان کے صوبہ کنڑ میں آنے والے زلزلے کے جھٹکے پاکستان کے شمالی علاقوں میں بھی محسوس کیے گئے۔\nپاکستان نے زلزلہ متاثرین کے لیے امدادی سامان بھیجنے کا اعلان کیا ہے۔',
    coverage: false,
  },
  {
    name: 'refugees sent back through the crossing',
    language: 'Arabic',
    title: 'باكستان ترحّل آلاف اللاجئين الأفغان',
    text: 'بدأت السلطات الباكستانية ترحيل آلاف اللاجئين الأفغان عبر معبر طورخم، وقالت منظمات إغاثة إن اللاجئين العائدين يواجهون ظروفاً صعبة في أفغانستان.\nوتقول إسلام آباد إن اللاجئين الذين لا يحملون وثائق يجب أن يغادروا.',
    coverage: false,
  },
  {
    name: 'the Pakistani Taliban attack a police post',
    language: 'Urdu',
    title: 'بنوں میں پولیس چوکی پر حملہ، تحریک طالبان پاکستان نے ذمہ داری قبول کر لی',
    text: 'خیبر پختونخوا کے ضلع بنوں میں دہشت گردوں نے رات گئے پولیس چوکی پر حملہ کیا جس میں تین اہلکار شہید ہو گئے۔\nپولیس کے مطابق حملہ آور فرار ہو گئے اور علاقے میں سرچ آپریشن جاری ہے۔',
    coverage: false,
  },
  {
    name: 'tension with India, Afghanistan named in passing',
    language: 'Hindi',
    title: 'भारत-पाकिस्तान तनाव: नियंत्रण रेखा पर गोलीबारी',
    text: 'कश्मीर में नियंत्रण रेखा पर पाकिस्तानी सेना ने गोलीबारी की, जिसका भारतीय सेना ने जवाब दिया। भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।\nविशेषज्ञों का कहना है कि भारत के साथ यह तनाव ऐसे समय में है जब पाकिस्तान अफगानिस्तान से भी व्यापार के मुद्दे पर बात कर रहा है।',
    coverage: false,
  },
  {
    name: 'trade resumes at the crossing',
    language: 'Persian',
    title: 'ازسرگیری تجارت از گذرگاه طورخم',
    text: 'مقام‌های گمرک افغانستان گفتند که پس از یک هفته، صادرات میوه و واردات کالا از مسیر پاکستان دوباره آغاز شده است.\nبازرگانان می‌گویند صدها کامیون حامل تجارت در دو سوی مرز منتظر مانده بودند.',
    coverage: false,
  },
  {
    name: 'an encyclopedia entry defining the line with a dash',
    language: 'Russian',
    title: 'Линия Дюранда',
    text: 'Линия Дюранда (англ. Durand Line) — граница между Афганистаном и Пакистаном длиной около 2640 километров, проведённая в 1893 году.\nАфганистан её не признаёт, и на ней не раз происходили столкновения и перестрелки между армиями двух стран, в том числе в октябре 2025 года.',
    coverage: false,
  },
];
