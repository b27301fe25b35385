import type { Rule } from '../../../../engine/rule.js'
import { trigger, wordEnd } from '../words.js'

/** A prison term or a penalty: "7 năm tù", "6 năm 6 tháng tù", "tổng mức án 6 năm", "tử hình", "chung thân". */
const penalty = String.raw`(?:(?:mức |tổng mức án |mức án |án |từ |tổng cộng )?(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:năm|tháng)|(?:án |mức án )?(?:tử hình|chung thân|tù chung thân))`

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
      String.raw`(?:giữ nguyên (?:bản )?án|tuyên án|tuyên bố (?:bị cáo )?(?:phạm tội|vô tội)|bác (?:toàn bộ )?kháng cáo|tuyên (?:hủy|sửa) án)${wordEnd}`,
      'u'
    )
  ),
  trigger(
    'bắt giữ',
    'arrest',
    new RegExp(String.raw`(?:bắt giữ|bắt tạm giam|tạm giữ|bắt khẩn cấp|khởi tố bị can|khởi tố vụ án|bị bắt|bắt quả tang)${wordEnd}`, 'u')
  ),
  trigger(
    'khởi kiện',
    'lawsuit_filed',
    new RegExp(
      String.raw`(?:đệ đơn kiện|nộp đơn kiện|khởi kiện|kiện)(?= (?:\p{Lu}|ra tòa|lên tòa|công ty|tập đoàn))|(?:nộp|gửi) đơn (?:khởi kiện|kiện)${wordEnd}`,
      'u'
    )
  )
]
