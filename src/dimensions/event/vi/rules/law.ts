import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** A prison term or a penalty: "7 năm tù", "6 năm 6 tháng tù", "tổng mức án 6 năm", "mức án từ 2 năm", "lần lượt 7 năm", "tử hình", "chung thân". */
const penalty = String.raw`(?:(?:mức |tổng mức án |mức án |án |từ |tổng cộng |lần lượt )*(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:năm|tháng)|(?:án |mức án )?(?:tử hình|chung thân|tù chung thân))`

/** Court rulings and sentences, arrests and prosecutions, suits filed. */
export const law: readonly Rule<'event'>[] = [
  // "tuyên phạt 28 bị cáo", "lĩnh 3 năm tù", "nhận 2 năm tù", "bị xử từ 15 tháng tù", "chịu tổng mức án 6 năm".
  trigger(
    'tuyên phạt',
    'ruling',
    new RegExp(
      String.raw`(?:tuyên phạt|kết án|tuyên y án|y án)${wordEnd}|(?:tuyên|phạt|lĩnh|lãnh|nhận|chịu|bị xử|bị phạt|bị tuyên|xử phạt)(?= ${penalty})`,
      'u'
    ),
    { notBefore: /(?:đề nghị|khung hình phạt|có thể|đối mặt với)\s+(?:\p{L}+\s+)?$/u }
  ),
  trigger(
    'tuyên án',
    'ruling',
    new RegExp(
      String.raw`(?:giữ nguyên (?:bản )?án|(?:ra|hủy bỏ|hủy|bác bỏ|giữ nguyên) phán quyết|tuyên án|tuyên bố (?:bị cáo )?(?:phạm tội|vô tội)|bác (?:toàn bộ )?kháng cáo|tuyên (?:hủy|sửa) án)${wordEnd}`,
      'u'
    ),
    // "kể từ ngày tuyên án": the day of a ruling told before, no ruling of its own.
    { notBefore: /(?:ngày|chờ|trước khi|sau khi)\s+$/u }
  ),
  // "Cảnh sát đã bắt 5 nghi phạm", "bắt một đối tượng": people taken, by their number or their role.
  trigger(
    'bắt <n> nghi phạm',
    'arrest',
    /(?:đã )?bắt(?= (?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|hàng chục|thêm) (?:nghi phạm|nghi can|đối tượng|người|kẻ|bị can|phần tử)(?![\p{L}\p{M}])|(?: thêm)? (?:nghi phạm|nghi can|kẻ|đối tượng)(?![\p{L}\p{M}]))/u
  ),
  trigger(
    'bắt giữ',
    'arrest',
    new RegExp(
      String.raw`(?:bắt giữ|bắt tạm giam|tạm giữ|bắt khẩn cấp|khởi tố bị can|khởi tố vụ án|bị bắt|bắt quả tang|truy tố|bị truy nã|dẫn độ)${wordEnd}`,
      'u'
    )
  ),
  // "Vụ án được Cơ quan Cảnh sát điều tra khởi tố", "ông A bị khởi tố": a prosecution told in the passive.
  trigger('<vụ án> được <cơ quan> khởi tố', 'arrest', new RegExp(String.raw`khởi tố${wordEnd}(?! (?:bị can|vụ án))`, 'u'), {
    needsBefore: /(?:^|[^\p{L}\p{M}])(?:được|bị|đã bị)(?: [^.;,]{0,60})? $/u
  }),
  trigger(
    'khởi kiện',
    'lawsuit_filed',
    new RegExp(
      String.raw`(?:đệ đơn kiện|nộp đơn kiện|khởi kiện|kiện)(?= (?:\p{Lu}|ra tòa|lên tòa|công ty|tập đoàn|một|các|những|nhiều|\d|cơ quan|ngân hàng|chính quyền|cá nhân)(?![\p{L}\p{M}]))|(?:nộp|gửi) đơn (?:khởi kiện|kiện)${wordEnd}`,
      'u'
    )
  )
]
