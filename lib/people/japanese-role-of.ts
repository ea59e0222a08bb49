/**
 * Participants' roles as the corpus writes them, in the project's Japanese: the titles the two
 * governments' Japanese texts give these offices.
 */
const JAPANESE_ROLES: Readonly<Record<string, string>> = {
  'Prime Minister': '内閣総理大臣',
  President: '大統領',
  'Minister of Defense': '防衛大臣',
  'Minister for Foreign Affairs': '外務大臣',
  'Minister of State for Defense': '防衛庁長官',
  'Secretary of Defense': '国防長官',
  'Acting Secretary of Defense': '国防長官代行',
  'Secretary of War': '戦争長官',
  'Secretary of State': '国務長官',
  'U.S. Ambassador to Japan': '駐日米国大使',
  'Governor of Okinawa Prefecture': '沖縄県知事',
};

/** A role ("Minister of Defense") in Japanese ("防衛大臣"); undefined for a role not listed. */
export function japaneseRoleOf(role: string): string | undefined {
  return Object.hasOwn(JAPANESE_ROLES, role) ? JAPANESE_ROLES[role] : undefined;
}
