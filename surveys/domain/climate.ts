/**
 * The climate topic, which HKEX's ESG Reporting Code Part D makes mandatory (IFRS S2) and ESRS 2
 * IRO-2 ¶57 asks to explain when it is concluded not material: the HKEX "Climate change" aspect
 * (A4, issue 9 of the 33) and the sub-topics of ESRS E1 (adaptation, mitigation, energy).
 * Deciding such a topic not material needs a written explanation (METHODOLOGY.md (d), "Mandatory
 * items"); the disclosure prints it.
 */

/** True for a topic of ESRS E1 or of the HKEX climate aspect A4. */
export function isClimateTopic(issue: { code: string; hkex: { aspect: string } }): boolean {
  return issue.hkex.aspect === 'A4' || /^E1(\.|$)/.test(issue.code)
}
