import { examples, type Corpus } from '../../corpus.js'

export const corpus: Corpus<'clock'> = {
  dimension: 'clock',
  lang: 'vi',
  examples: [
    examples({ from: { hour: 15 } }, ['3 giờ chiều', 'ba giờ chiều', '15 giờ chiều', '3 giờ tối']),
    examples({ from: { hour: 15, minute: 0 } }, ['15h', '15h00', '15g']),
    examples({ from: { hour: 15, minute: 30 } }, ['3 giờ rưỡi chiều', 'ba giờ rưỡi chiều', '3:30 chiều', '15h30', '3 giờ 30 chiều']),
    examples({ from: { hour: 10, minute: 45 } }, ['10 giờ 45 phút', '10 giờ 45', '10h45', '10g45', '11 giờ kém 15', '10:45']),
    examples({ from: { hour: 2 } }, ['2 giờ sáng', 'hai giờ sáng', '2 giờ đêm']),
    examples({ from: { hour: 22 } }, ['10 giờ đêm', '10 giờ tối']),
    examples({ from: { hour: 12 } }, ['12 giờ trưa']),
    examples({ from: { hour: 13 } }, ['1 giờ trưa']),
    examples({ from: { hour: 2, minute: 30 }, ambiguous: true }, ['hai giờ rưỡi', '2:30']),
    examples({ from: { hour: 8 }, ambiguous: true }, ['lúc 8 giờ', 'vào lúc 8 giờ']),
    examples({ from: { hour: 15, minute: 23, second: 24 } }, ['15:23:24']),
    examples({ from: { hour: 8, minute: 0 }, to: { hour: 11, minute: 30 } }, ['8h - 11h30', '8h đến 11h30']),
    examples({ from: { hour: 8 }, to: { hour: 11, minute: 30 } }, ['8 - 11h30', '8 đến 11h30']),
    examples({ from: { hour: 15, minute: 0 }, offset: 420 }, ['15h giờ Hà Nội', '15h (giờ Hà Nội)', '15h (GMT+7)'])
  ],
  negative: ['kim ngạch hai chiều', 'thương mại 2 chiều', 'trong 24h', '522,4', 'ngày 8/11', 'tăng 20,5%', '5.000 tỷ đồng']
}
