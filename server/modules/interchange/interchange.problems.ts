// What an import reports as wrong: each problem once per column, code and parameters, with
// the rows it occurs on (capped) and its distinct values (capped), so that a million bad rows
// make a short report. It also keeps every problem of each row, in the order found, for the
// rows an import in `valid-rows` mode leaves out and hands back annotated (docs/adr/0032), up
// to MAX_REJECTED_ROWS rows: past that, it forgets them, and only all-or-nothing remains.
//
// A problem carries a stable `code` and json-safe `params` (docs/adr/0037): the web app words
// it in its reader's language (i18n `problems.<code>`), and the rows handed back are worded in
// the importer's language from PROBLEM_TEXT below; `message` stays the English one for API
// clients.
const MAX_ROWS_PER_PROBLEM = 1000;
const MAX_VALUES_PER_PROBLEM = 20;
/** Rows with problems an import may leave out and hand back (each row's problems are held in memory). */
export const MAX_REJECTED_ROWS = 100_000;

export const PROBLEM_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];
type Texts = Record<ProblemLanguage, string>;

/**
 * Every problem an import reports, by code, in English, French and Arabic. `{{name}}` is a
 * parameter (a number is written in the language's digits and separators). The web app has
 * the same texts under `problems.<code>` in its i18n files (a test checks both are complete).
 */
export const PROBLEM_TEXT = {
  // A cell of any entity.
  too_long: {
    en: 'longer than {{max}} characters',
    fr: 'plus de {{max}} caractères',
    ar: 'أطول من {{max}} حرفًا',
  },
  organisation_unknown: {
    en: 'unknown organisation',
    fr: 'organisation inconnue',
    ar: 'منظمة غير معروفة',
  },
  organisation_ambiguous: {
    en: 'ambiguous organisation: several organisations go by this name (see the candidates)',
    fr: 'organisation ambiguë : plusieurs organisations portent ce nom (voir les candidates)',
    ar: 'منظمة غير محددة: عدة منظمات تحمل هذا الاسم (انظر المرشحات)',
  },
  organisation_not_yours: {
    en: 'not your organisation: you import your own organisation’s rows',
    fr: 'pas votre organisation : vous importez les lignes de votre propre organisation',
    ar: 'ليست منظمتك: تستورد صفوف منظمتك فقط',
  },
  framework_unknown: {
    en: 'unknown line of effort or objective',
    fr: 'axe d’effort ou objectif inconnu',
    ar: 'محور عمل أو هدف غير معروف',
  },
  place_unknown: {
    en: 'unknown place',
    fr: 'lieu inconnu',
    ar: 'مكان غير معروف',
  },
  place_ambiguous: {
    en: 'ambiguous place: several places go by this name; give its P-code, or the place above it in another column (see the candidates)',
    fr: 'lieu ambigu : plusieurs lieux portent ce nom ; donnez son P-code, ou le lieu au-dessus dans une autre colonne (voir les candidats)',
    ar: 'مكان غير محدد: عدة أماكن تحمل هذا الاسم؛ أعطِ رمزه (P-code) أو المكان الأعلى منه في عمود آخر (انظر المرشحات)',
  },
  type_unknown: {
    en: 'unknown type ({{options}})',
    fr: 'type inconnu ({{options}})',
    ar: 'نوع غير معروف ({{options}})',
  },
  status_unknown: {
    en: 'unknown status ({{options}})',
    fr: 'statut inconnu ({{options}})',
    ar: 'حالة غير معروفة ({{options}})',
  },
  priority_unknown: {
    en: 'unknown priority ({{options}})',
    fr: 'priorité inconnue ({{options}})',
    ar: 'أولوية غير معروفة ({{options}})',
  },
  not_a_quantity: {
    en: 'not a quantity (a number from 0 to {{max}}, at most {{decimals}} decimals)',
    fr: 'pas une quantité (un nombre de 0 à {{max}}, au plus {{decimals}} décimales)',
    ar: 'ليست كمية (عدد من 0 إلى {{max}}، بحد أقصى {{decimals}} منازل عشرية)',
  },
  not_an_amount: {
    en: 'not an amount of money (a number ≥ 0)',
    fr: 'pas un montant (un nombre ≥ 0)',
    ar: 'ليس مبلغًا ماليًا (عدد ≥ 0)',
  },
  not_a_currency: {
    en: 'not an ISO 4217 currency code',
    fr: 'pas un code de devise ISO 4217',
    ar: 'ليس رمز عملة وفق ISO 4217',
  },
  date_format: {
    en: 'not a date (YYYY-MM-DD)',
    fr: 'pas une date (AAAA-MM-JJ)',
    ar: 'ليس تاريخًا (YYYY-MM-DD)',
  },
  line_missing: {
    en: 'missing: every row needs a line of effort',
    fr: 'manquant : chaque ligne doit avoir un axe d’effort',
    ar: 'مفقود: يحتاج كل صف إلى محور عمل',
  },
  type_missing: {
    en: 'missing: every row needs a type',
    fr: 'manquant : chaque ligne doit avoir un type',
    ar: 'مفقود: يحتاج كل صف إلى نوع',
  },
  currency_missing: {
    en: 'an amount needs a currency (#currency, or #value +usd)',
    fr: 'un montant doit avoir une devise (#currency, ou #value +usd)',
    ar: 'يحتاج المبلغ إلى عملة (#currency أو #value +usd)',
  },
  amount_decimals: {
    en: 'more decimals than {{currency}} has',
    fr: 'plus de décimales que n’en a {{currency}}',
    ar: 'منازل عشرية أكثر مما في {{currency}}',
  },
  amount_too_large: {
    en: 'amount too large: at most {{max}} {{currency}}',
    fr: 'montant trop élevé : au plus {{max}} {{currency}}',
    ar: 'المبلغ كبير جدًا: بحد أقصى {{max}} {{currency}}',
  },
  unit_missing: {
    en: 'a quantity needs its unit',
    fr: 'une quantité doit avoir son unité',
    ar: 'تحتاج الكمية إلى وحدتها',
  },
  end_before_start: {
    en: 'before #date+start',
    fr: 'antérieure à #date+start',
    ar: 'قبل #date+start',
  },
  // The file as a whole.
  id_taken: {
    en: 'this id is already taken in the organisation: give the row another id',
    fr: 'cet identifiant est déjà pris dans l’organisation : donnez un autre identifiant à la ligne',
    ar: 'هذا المعرّف مستخدم بالفعل في المنظمة: أعطِ الصف معرّفًا آخر',
  },
  id_twice: {
    en: 'the same id appears twice in the file',
    fr: 'le même identifiant apparaît deux fois dans le fichier',
    ar: 'يظهر المعرّف نفسه مرتين في الملف',
  },
  file_value_conflict: {
    en: 'the file says otherwise than the value given for the whole file (“{{value}}”)',
    fr: 'le fichier dit autre chose que la valeur donnée pour tout le fichier (« {{value}} »)',
    ar: 'يقول الملف غير القيمة المعطاة للملف كله («{{value}}»)',
  },
  // A JSON file's cells.
  json_number_infinite: {
    en: 'a number too large for JSON (it reads as infinity): write it in quotes if it is a code',
    fr: 'un nombre trop grand pour JSON (il se lit comme l’infini) : mettez-le entre guillemets si c’est un code',
    ar: 'عدد أكبر من أن يحمله JSON (يُقرأ كلانهاية): اكتبه بين علامتي تنصيص إن كان رمزًا',
  },
  json_number_inexact: {
    en: 'a number with more digits than a JSON number keeps exactly: write it in quotes (as text) to keep every digit',
    fr: 'un nombre avec plus de chiffres qu’un nombre JSON n’en garde exactement : mettez-le entre guillemets (comme texte) pour garder chaque chiffre',
    ar: 'عدد بأرقام أكثر مما يحفظه عدد JSON بدقة: اكتبه بين علامتي تنصيص (كنص) لتبقى كل أرقامه',
  },
  json_object_in_row: {
    en: 'an object inside a row, where a value (text, number, true, false or null) is expected',
    fr: 'un objet dans une ligne, là où une valeur (texte, nombre, true, false ou null) est attendue',
    ar: 'كائن داخل صف حيث يُنتظر قيمة (نص أو عدد أو true أو false أو null)',
  },
  json_array_in_row: {
    en: 'an array inside a row, where a value (text, number, true, false or null) is expected',
    fr: 'un tableau dans une ligne, là où une valeur (texte, nombre, true, false ou null) est attendue',
    ar: 'مصفوفة داخل صف حيث يُنتظر قيمة (نص أو عدد أو true أو false أو null)',
  },
  json_key_twice: {
    en: 'the key appears twice in the row',
    fr: 'la clé apparaît deux fois dans la ligne',
    ar: 'يظهر المفتاح مرتين في الصف',
  },
  // Needs.
  need_one_place: {
    en: 'a need is for one place: give one per row',
    fr: 'un besoin concerne un seul lieu : donnez-en un par ligne',
    ar: 'الاحتياج لمكان واحد: أعطِ مكانًا واحدًا لكل صف',
  },
  need_size: {
    en: 'a need needs a quantity, an amount of money, or both',
    fr: 'un besoin doit avoir une quantité, un montant, ou les deux',
    ar: 'يحتاج الاحتياج إلى كمية أو مبلغ مالي أو كليهما',
  },
  need_quantity_zero: {
    en: 'a need’s quantity is more than 0',
    fr: 'la quantité d’un besoin est supérieure à 0',
    ar: 'كمية الاحتياج أكبر من 0',
  },
  need_amount_zero: {
    en: 'a need’s amount is more than 0',
    fr: 'le montant d’un besoin est supérieur à 0',
    ar: 'مبلغ الاحتياج أكبر من 0',
  },
  // Contributions.
  status_backwards: {
    en: 'a {{from}} contribution cannot become {{to}}',
    fr: 'une contribution au statut {{from}} ne peut pas passer à {{to}}',
    ar: 'لا يمكن لمساهمة بحالة {{from}} أن تصبح {{to}}',
  },
  // Indicator values.
  indicator_missing: {
    en: 'missing: every row names its indicator by code',
    fr: 'manquant : chaque ligne nomme son indicateur par son code',
    ar: 'مفقود: يسمّي كل صف مؤشره برمزه',
  },
  indicator_unknown: {
    en: 'unknown indicator',
    fr: 'indicateur inconnu',
    ar: 'مؤشر غير معروف',
  },
  period_missing: {
    en: 'missing: every row needs its period (2015, 2015Q1, 2015-01)',
    fr: 'manquant : chaque ligne doit avoir sa période (2015, 2015Q1, 2015-01)',
    ar: 'مفقود: يحتاج كل صف إلى فترته (2015، 2015Q1، 2015-01)',
  },
  period_format: {
    en: 'not an ISO period (2015, 2015Q1, 2015-01)',
    fr: 'pas une période ISO (2015, 2015Q1, 2015-01)',
    ar: 'ليست فترة وفق ISO (2015، 2015Q1، 2015-01)',
  },
  period_type: {
    en: 'this indicator is reported by {{periodType}}',
    fr: 'cet indicateur se déclare par {{periodType}}',
    ar: 'يُبلَّغ عن هذا المؤشر حسب {{periodType}}',
  },
  period_closed: {
    en: 'the period {{period}} is closed for entry',
    fr: 'la période {{period}} est fermée à la saisie',
    ar: 'الفترة {{period}} مغلقة أمام الإدخال',
  },
  organisation_outside: {
    en: 'outside your organisation: you report your own organisation’s values',
    fr: 'hors de votre organisation : vous déclarez les valeurs de votre propre organisation',
    ar: 'خارج منظمتك: تبلّغ عن قيم منظمتك فقط',
  },
  category_unknown: {
    en: 'not a category option of this indicator',
    fr: 'pas une option de catégorie de cet indicateur',
    ar: 'ليس خيار فئة لهذا المؤشر',
  },
  value_missing: {
    en: 'missing: every row needs its value',
    fr: 'manquant : chaque ligne doit avoir sa valeur',
    ar: 'مفقود: يحتاج كل صف إلى قيمته',
  },
  not_a_number: {
    en: 'not a number (at most {{max}}, {{decimals}} decimals)',
    fr: 'pas un nombre (au plus {{max}}, {{decimals}} décimales)',
    ar: 'ليس عددًا (بحد أقصى {{max}}، و{{decimals}} منازل عشرية)',
  },
  not_a_web_address: {
    en: 'not a web address (http or https)',
    fr: 'pas une adresse web (http ou https)',
    ar: 'ليس عنوان ويب (http أو https)',
  },
  indicator_status: {
    en: 'an import gives draft or submitted values (approval is a review)',
    fr: 'un import donne des valeurs en brouillon ou soumises (l’approbation est une revue)',
    ar: 'يعطي الاستيراد قيمًا مسودة أو مقدَّمة (الاعتماد مراجعة)',
  },
  value_twice: {
    en: 'the same indicator, period, place, organisation and option appear twice in the file',
    fr: 'le même indicateur, la même période, le même lieu, la même organisation et la même option apparaissent deux fois dans le fichier',
    ar: 'يظهر المؤشر والفترة والمكان والمنظمة والخيار أنفسهم مرتين في الملف',
  },
  value_approved: {
    en: 'this value is already approved: it changes only after an audited un-approval',
    fr: 'cette valeur est déjà approuvée : elle ne change qu’après une désapprobation tracée',
    ar: 'هذه القيمة معتمدة بالفعل: لا تتغير إلا بعد إلغاء اعتماد مسجَّل',
  },
  value_submitted: {
    en: 'this value is submitted for approval: withdraw it first',
    fr: 'cette valeur est soumise à approbation : retirez-la d’abord',
    ar: 'هذه القيمة مقدَّمة للاعتماد: اسحبها أولًا',
  },
  // Fund transactions.
  fund_missing: {
    en: 'name the fund: its id or name',
    fr: 'nommez le fonds : son identifiant ou son nom',
    ar: 'سمِّ الصندوق: معرّفه أو اسمه',
  },
  fund_unknown: {
    en: 'no such fund (give its id, or its name if no other fund you see has it)',
    fr: 'fonds inconnu (donnez son identifiant, ou son nom si aucun autre fonds visible ne le porte)',
    ar: 'لا يوجد صندوق كهذا (أعطِ معرّفه، أو اسمه إن لم يحمله صندوق آخر تراه)',
  },
  fund_not_agent: {
    en: 'only the administrative agent of the fund, or an admin, imports its transactions',
    fr: 'seul l’agent administratif du fonds, ou un administrateur, importe ses transactions',
    ar: 'لا يستورد معاملات الصندوق إلا وكيله الإداري أو مسؤول',
  },
  kind_unknown: {
    en: 'one of {{options}}',
    fr: 'l’un de {{options}}',
    ar: 'واحد من {{options}}',
  },
  reverses_missing: {
    en: 'a reversal names the transaction it reverses: its id, or the #meta+id of an earlier row',
    fr: 'une contre-passation nomme la transaction qu’elle annule : son identifiant, ou le #meta+id d’une ligne précédente',
    ar: 'يسمّي القيد العكسي المعاملة التي يعكسها: معرّفها أو #meta+id لصف سابق',
  },
  reverses_unknown: {
    en: 'no such transaction in this fund, nor an earlier row of the file with this #meta+id',
    fr: 'aucune transaction de ce fonds, ni aucune ligne précédente du fichier, n’a ce #meta+id',
    ar: 'لا توجد معاملة كهذه في هذا الصندوق ولا صف سابق في الملف بهذا #meta+id',
  },
  amount_required: {
    en: 'required for a {{kind}}',
    fr: 'obligatoire pour un(e) {{kind}}',
    ar: 'مطلوب لـ {{kind}}',
  },
  amount_positive: {
    en: 'a positive amount in {{currency}}, with at most its decimals',
    fr: 'un montant positif en {{currency}}, avec au plus ses décimales',
    ar: 'مبلغ موجب بعملة {{currency}} بما لا يتجاوز منازلها العشرية',
  },
  window_unknown: {
    en: 'no such window in this fund',
    fr: 'ce guichet n’existe pas dans ce fonds',
    ar: 'لا توجد نافذة كهذه في هذا الصندوق',
  },
  project_unknown: {
    en: 'no such project in this fund (give its id or IATI identifier, or its title)',
    fr: 'ce projet n’existe pas dans ce fonds (donnez son identifiant ou son identifiant IATI, ou son titre)',
    ar: 'لا يوجد مشروع كهذا في هذا الصندوق (أعطِ معرّفه أو معرّف IATI أو عنوانه)',
  },
  partner_mismatch: {
    en: 'not the project’s implementing partner',
    fr: 'pas le partenaire de mise en œuvre du projet',
    ar: 'ليس الشريك المنفّذ للمشروع',
  },
  transaction_changed: {
    en: 'this transaction was posted with another kind, date or amount: a posted transaction never changes (post a reversal)',
    fr: 'cette transaction a été passée avec un autre type, une autre date ou un autre montant : une transaction passée ne change jamais (passez une contre-passation)',
    ar: 'سُجّلت هذه المعاملة بنوع أو تاريخ أو مبلغ آخر: المعاملة المسجّلة لا تتغير أبدًا (سجّل قيدًا عكسيًا)',
  },
  /** A refusal the ledger's own rules word (its schema, its service): the reason stays in English. */
  refused: {
    en: '{{reason}}',
    fr: 'refusé : {{reason}}',
    ar: 'مرفوض: {{reason}}',
  },
} as const satisfies Record<string, Texts>;

export type ProblemCode = keyof typeof PROBLEM_TEXT;
export type ProblemParams = Record<string, string | number>;
/** What is wrong, as a code and its parameters (json-safe), before it is worded. */
export interface ProblemText {
  code: ProblemCode;
  params: ProblemParams;
}

/** The heading of the column of problems in the rows handed back. */
export const PROBLEMS_HEADER: Texts = { en: 'Problems', fr: 'Problèmes', ar: 'المشكلات' };

export const problem = (code: ProblemCode, params: ProblemParams = {}): ProblemText => ({ code, params });

const numberLocale = (lang: ProblemLanguage) => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

/** A problem worded in a language: its template with its parameters (numbers in the language's separators). */
export function problemMessage(p: ProblemText, lang: ProblemLanguage = 'en'): string {
  const template: string = PROBLEM_TEXT[p.code]?.[lang] ?? PROBLEM_TEXT[p.code]?.en ?? p.code;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const v = p.params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(numberLocale(lang)).format(v) : v;
  });
}

export interface Problem {
  column: string;
  /** Stable: the web app words the problem from it and `params`. */
  code: ProblemCode;
  params: ProblemParams;
  /** In English, for API clients. */
  message: string;
  rows: number[];
  count: number;
  values?: { value: string; suggestions: string[] }[];
}

/** One problem of one row, as the rows handed back word it. */
export interface RowProblem extends ProblemText {
  column: string;
  value?: string;
}

/** A row's problems in a language, as the first cell of a row handed back: `#org: unknown organisation (“X”); …`. */
export function rowProblemsText(problems: readonly RowProblem[], lang: ProblemLanguage): string {
  const [open, close] = lang === 'fr' ? ['« ', ' »'] : lang === 'ar' ? ['«', '»'] : ['“', '”'];
  return problems
    .map((p) => {
      const text = `${p.column}: ${problemMessage(p, lang)}`;
      return p.value === undefined ? text : `${text} (${open}${p.value}${close})`;
    })
    .join('; ');
}

export class ProblemLog {
  private readonly byKey = new Map<string, Problem & { seen: Set<string> }>();
  private perRow: Map<number, RowProblem[]> | undefined = new Map();
  add(column: string, what: ProblemText, row: number, value?: string, suggest?: () => string[]) {
    const { code, params } = what;
    this.noteRow(row, value === undefined ? { column, code, params } : { column, code, params, value: value.slice(0, 200) });
    const key = `${column}\u0000${code}\u0000${JSON.stringify(params)}`;
    let p = this.byKey.get(key);
    if (!p) {
      p = { column, code, params, message: problemMessage(what), rows: [], count: 0, seen: new Set() };
      this.byKey.set(key, p);
    }
    p.count += 1;
    if (p.rows.length < MAX_ROWS_PER_PROBLEM) p.rows.push(row);
    if (value !== undefined && !p.seen.has(value) && p.seen.size < MAX_VALUES_PER_PROBLEM) {
      p.seen.add(value);
      p.values ??= [];
      p.values.push({ value, suggestions: suggest?.() ?? [] });
    }
  }
  private noteRow(row: number, problem: RowProblem) {
    if (!this.perRow) return;
    let problems = this.perRow.get(row);
    if (!problems) {
      if (this.perRow.size >= MAX_REJECTED_ROWS) {
        this.perRow = undefined;
        return;
      }
      problems = [];
      this.perRow.set(row, problems);
    }
    problems.push(problem);
  }
  /** Each row with a problem and all its problems, in the order found; undefined past MAX_REJECTED_ROWS rows. */
  rows(): ReadonlyMap<number, readonly RowProblem[]> | undefined {
    return this.perRow;
  }
  get size() {
    return this.byKey.size;
  }
  list(): Problem[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...p }) => p);
  }
}
