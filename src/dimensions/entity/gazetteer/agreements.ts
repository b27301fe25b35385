import { entries } from './entry.js'

/** Kinds and well-known named trade agreements, known by their acronyms too. */
export const agreements = entries('agreement', [
  ['Free Trade Agreement|FTA', 'Hiệp định thương mại tự do|Hiệp định Thương mại tự do|FTA'],
  ['Preferential Trade Agreement|PTA', 'Hiệp định thương mại ưu đãi|Hiệp định Thương mại ưu đãi|PTA'],
  ['Memorandum of Understanding|MoU|MOU', 'Biên bản ghi nhớ|MoU|MOU'],
  ['Regional Comprehensive Economic Partnership|RCEP', 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực|RCEP'],
  [
    'Comprehensive and Progressive Agreement for Trans-Pacific Partnership|CPTPP',
    'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương|CPTPP'
  ],
  ['EU-Vietnam Free Trade Agreement|EVFTA', 'Hiệp định Thương mại tự do Việt Nam - EU|EVFTA'],
  ['ASEAN Free Trade Area|AFTA', 'Khu vực Mậu dịch Tự do ASEAN|AFTA'],
  ['General Agreement on Tariffs and Trade|GATT', 'Hiệp định chung về Thuế quan và Thương mại|GATT'],
  ['Paris Agreement', 'Thỏa thuận Paris|Hiệp định Paris'],
  ['Treaty of Amity and Cooperation in Southeast Asia|TAC', 'Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á|TAC'],
  ['United Nations Convention on the Law of the Sea|UNCLOS', 'Công ước Liên hợp quốc về Luật Biển|UNCLOS']
])
