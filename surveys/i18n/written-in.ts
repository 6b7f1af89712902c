import type { Locale } from './locales.ts'

// Common characters that differ between the two scripts, as simplified/traditional pairs.
const PAIRS =
  '这這个個们們为為国國说說会會对對时時经經发發与與关關业業产產务務员員贪貪环環质質题題议議织織' +
  '应應该該实實现現规規则則设設计計资資划劃报報价價营營让讓还還进進过過选選级級护護层層区區给給' +
  '线線东東车車长長门門问問间間无無头頭来來条條见見观觀认認识識语語读讀论論权權书書买買卖賣单單' +
  '总總众眾历歷变變写寫亲親兴興举舉将將数數据據确確构構属屬户戶审審决決险險损損响響绩績节節约約' +
  '废廢气氣场場体體劳勞动動处處'
const SIMPLIFIED = new Set([...PAIRS].filter((_, i) => i % 2 === 0))
const TRADITIONAL = new Set([...PAIRS].filter((_, i) => i % 2 === 1))

const HAN = /\p{Script=Han}/u

/**
 * The language a person wrote a text in: Chinese when it has Han characters, traditional or
 * simplified by the characters that tell them apart, else by `hint` (the language the writer
 * said or worked in), else Traditional (Hong Kong); English when it has none.
 * @example writtenIn('反貪污屬上市規則要求') // 'zh-Hant'
 */
export function writtenIn(text: string, hint?: Locale): Locale {
  if (!HAN.test(text)) return hint === undefined || /[A-Za-z]/.test(text) ? 'en' : hint
  let simplified = 0
  let traditional = 0
  for (const char of text) {
    if (SIMPLIFIED.has(char)) simplified++
    else if (TRADITIONAL.has(char)) traditional++
  }
  if (simplified !== traditional) return simplified > traditional ? 'zh-Hans' : 'zh-Hant'
  return hint === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant'
}
