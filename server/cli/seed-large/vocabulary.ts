/** Invented words and names the large seed composes its articles from; SQL array literals, safe to inline. */
const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[]`;

export const FIRST_NAMES = sqlArray([
  'Anna', 'Jean', 'Maria', 'Ahmed', 'Li', 'Olga', 'Pedro', 'Fatima', 'Kwame', 'Sofia', 'Lucas', 'Amara', 'Hiroshi',
  'Elena', 'Tomasz', 'Priya', 'Omar', 'Ingrid', 'Mateo', 'Yara', 'Viktor', 'Chloe', 'Rashid', 'Nadia', 'Daniel',
  'Leila', 'Pavel', 'Grace', 'Samuel', 'Irina', 'Kofi', 'Mei', 'Andres', 'Zainab', 'Felix', 'Hana', 'Ivan', 'Rosa',
  'Tariq', 'Lena',
]);
export const LAST_NAMES = sqlArray([
  'Petrova', 'Martin', 'Okafor', 'Nguyen', 'Garcia', 'Kowalski', 'Haddad', 'Tanaka', 'Oneill', 'Dijk', 'Moreau',
  'Silva', 'Ivanov', 'Mensah', 'Chen', 'Rossi', 'Novak', 'Sato', 'Bauer', 'Costa', 'Dubois', 'Yilmaz', 'Kumar',
  'Andersen', 'Mahmoud', 'Laurent', 'Popescu', 'Takahashi', 'Horvat', 'Fischer', 'Lopez', 'Nowak', 'Park', 'Ali',
  'Jensen', 'Romero', 'Volkov', 'Osei', 'Weber', 'Kato', 'Bianchi', 'Hughes', 'Sorensen', 'Mutua', 'Farah', 'Lindqvist',
  'Ortega', 'Klein', 'Abara', 'Quinn',
]);
export const WORDS = sqlArray([
  'we', 'will', 'never', 'accept', 'the', 'agreement', 'prices', 'payments', 'sanctions', 'are', 'working', 'together',
  'for', 'peace', 'security', 'economy', 'growth', 'not', 'is', 'a', 'partnership', 'our', 'partners', 'everything',
  'paid', 'in', 'rubles', 'soon', 'election', 'results', 'people', 'army', 'country', 'oil', 'gas', 'exports', 'this',
  'has', 'been', 'decided', 'by', 'government', 'no', 'one', 'can', 'stop', 'cooperation', 'between', 'two', 'nations',
  'reforms', 'continue', 'despite', 'pressure', 'from', 'abroad', 'it', 'was', 'clear', 'that', 'talks', 'failed',
  'investment', 'infrastructure', 'will', 'double', 'next', 'year', 'there', 'must', 'be', 'an', 'inquiry', 'into',
  'these', 'allegations', 'and', 'those', 'responsible', 'held', 'accountable', 'farmers', 'need', 'support', 'now',
]);
export const CUES = sqlArray(['said', 'told reporters', 'added', 'declared', 'stressed', 'insisted', 'explained', 'warned', 'noted', 'assured']);
export const OUTLETS = sqlArray(['Le Figaro', 'The Daily Ledger', 'Reuters', 'Agence Nord', 'The Harbour Times', 'Morning Courier', 'Wire Asia', 'El Observador']);
export const AGGREGATORS = sqlArray(['Global Press Digest', 'NewsMirror', 'Daily Aggregate']);
export const PLACES = sqlArray(['Moscow', 'Naypyidaw', 'Paris', 'Nairobi', 'Jakarta', 'Brussels', 'Lima', 'Hanoi', 'Ankara', 'Oslo']);
