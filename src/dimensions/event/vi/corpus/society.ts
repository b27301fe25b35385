import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const society: CorpusPart = {
  examples: [
    examples({ type: 'protest' }, ['biểu tình', 'cuộc biểu tình']),
    examples({ type: 'protest', cameo: '143' }, ['đình công', 'cuộc đình công']),
    examples({ type: 'disaster' }, ['đợt nắng nóng', 'trận lũ quét', 'tình trạng lũ lụt, sạt lở đất', 'vụ cháy']),
    examples({ type: 'death' }, ['200 người chết, mất tích', '13 người đã thiệt mạng', '1 người tử vong', 'sự ra đi'])
  ],
  inContext: [
    {
      text: 'Hai người tại huyện Mường Lát tử vong.',
      finds: [{ quote: 'Hai người tại huyện Mường Lát tử vong', value: { type: 'death' } }]
    },
    { text: 'Tổng thiệt hại do bão số 9 gây ra ước 500 tỷ đồng.', finds: [{ quote: 'bão số 9', value: { type: 'disaster' } }] },
    {
      text: 'Quảng Bình có 3 người chết, còn Quảng Trị có 2 người tử vong.',
      finds: [
        { quote: '3 người chết', value: { type: 'death' } },
        { quote: '2 người tử vong', value: { type: 'death' } }
      ]
    },
    {
      text: 'Tai nạn giao thông liên hoàn trên cao tốc TP.HCM - Trung Lương.',
      finds: [{ quote: 'Tai nạn giao thông liên hoàn', value: { type: 'disaster' } }]
    },
    { text: 'Anh Nguyễn Văn Nam (32 tuổi) tử vong tại chỗ.', finds: [{ quote: 'tử vong', value: { type: 'death' } }] },
    { text: 'Ông Lê Văn Hùng, trú xã Sơn Kim, đã tử vong.', finds: [{ quote: 'đã tử vong', value: { type: 'death' } }] },
    {
      text: 'Ba thành viên gia đình thiệt mạng do nhà bị vùi lấp.',
      finds: [{ quote: 'Ba thành viên gia đình thiệt mạng', value: { type: 'death' } }]
    },
    {
      text: 'Quảng Nam có 4 người chết, Quảng Ngãi có 2 người tử vong.',
      finds: [
        { quote: '4 người chết', value: { type: 'death' } },
        { quote: '2 người tử vong', value: { type: 'death' } }
      ]
    },
    {
      text: 'Hai chiến sĩ công an đã hy sinh khi làm nhiệm vụ.',
      finds: [{ quote: 'Hai chiến sĩ công an đã hy sinh', value: { type: 'death' } }]
    },
    {
      text: 'Bão số 6 đã suy yếu thành áp thấp nhiệt đới sau khi đổ bộ vào Quảng Trị.',
      finds: [{ quote: 'Bão', value: { type: 'disaster' } }]
    },
    { text: 'Đêm hội Trăng rằm đã diễn ra tại Hoàng thành Thăng Long.', finds: [{ quote: 'Đêm hội', value: { type: 'celebration' } }] },
    { text: 'Lũ trên sông Hồng đã lên mức báo động 3.', finds: [{ quote: 'Lũ', value: { type: 'disaster' } }] },
    {
      text: 'Trận động đất đã cướp đi sinh mạng của hơn 3.000 người.',
      finds: [
        { quote: 'Trận động đất', value: { type: 'disaster' } },
        { quote: 'cướp đi sinh mạng', value: { type: 'death' } }
      ]
    },
    {
      text: 'Hàng vạn người đã tham dự Lễ diễu binh mừng Quốc khánh tại Quảng trường Ba Đình.',
      finds: [{ quote: 'Lễ diễu binh', value: { type: 'celebration' } }]
    },
    {
      text: 'Người lao động tại công ty đã ngừng việc để phản đối chế độ lương.',
      finds: [{ quote: 'đã ngừng việc', value: { type: 'protest' } }]
    },
    { text: 'Nam sinh lớp 10 đuối nước khi tắm sông.', finds: [{ quote: 'đuối nước', value: { type: 'death' } }] },
    {
      text: 'Hàng trăm người dân đã tập trung trước trụ sở UBND huyện để phản đối dự án.',
      finds: [{ quote: 'đã tập trung', value: { type: 'protest' } }]
    },
    {
      text: 'Sáng qua, công nhân xưởng may ngừng việc, kéo đến trụ sở công ty để đòi tiền lương.',
      finds: [{ quote: 'ngừng việc', value: { type: 'protest' } }]
    },
    { text: 'Các nghị sĩ đối lập rời khỏi phòng họp để phản đối.', finds: [{ quote: 'rời khỏi phòng họp', value: { type: 'protest' } }] },
    {
      text: 'Lễ Giỗ Tổ ngành may năm 2024 thu hút hàng nghìn thợ may về dâng hương.',
      finds: [{ quote: 'Lễ Giỗ Tổ', value: { type: 'celebration' } }]
    },
    { text: 'Tuần lễ Văn hóa Việt Nam tại Nhật Bản đã khai mạc tại Tokyo.', finds: [{ quote: 'Tuần lễ', value: { type: 'celebration' } }] },
    {
      text: 'Rạng sáng nay, đám cháy bùng phát tại quán karaoke khiến 3 người tử vong.',
      finds: [
        { quote: 'đám cháy', value: { type: 'disaster' } },
        { quote: '3 người tử vong', value: { type: 'death' } }
      ]
    },
    {
      text: 'Mưa lớn kéo dài khiến 1 người bị lũ cuốn trôi tử vong.',
      finds: [
        { quote: 'Mưa lớn', value: { type: 'disaster' } },
        { quote: '1 người bị lũ cuốn trôi tử vong', value: { type: 'death' } }
      ]
    },
    {
      text: 'Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer lần thứ 6 đã khai mạc tại sân vận động tỉnh.',
      finds: [{ quote: 'Ngày hội', value: { type: 'celebration' } }]
    },
    {
      text: 'Một xe khách giường nằm chở 28 người khi lưu thông qua đèo Lò Xo đã bất ngờ lao xuống vực sâu.',
      finds: [{ quote: 'đã bất ngờ lao xuống vực', value: { type: 'disaster' } }]
    },
    { text: 'Hàng trăm người dân xuống đường phản đối.', finds: [{ quote: 'xuống đường', value: { type: 'protest' } }] },
    { text: '32 em học sinh bị ngộ độc thực phẩm sau bữa trưa.', finds: [{ quote: 'bị ngộ độc thực phẩm', value: { type: 'disaster' } }] },
    { text: 'Tình hình hạn mặn năm nay diễn biến phức tạp.', finds: [{ quote: 'Tình hình hạn mặn', value: { type: 'disaster' } }] },
    {
      text: 'Năm nay, xâm nhập mặn đến sớm và sâu hơn trung bình nhiều năm.',
      finds: [{ quote: 'xâm nhập mặn', value: { type: 'disaster' } }]
    },
    { text: 'Một người dân ở huyện Cẩm Xuyên bị điện giật thiệt mạng.', finds: [{ quote: 'thiệt mạng', value: { type: 'death' } }] },
    {
      text: 'Bão Yagi gây hậu quả nặng nề: 200 người chết, mất tích.',
      finds: [
        { quote: 'Bão Yagi', value: { type: 'disaster' } },
        { quote: '200 người chết, mất tích', value: { type: 'death' } }
      ]
    },
    {
      text: 'Sạt lở đất tại Hòa Bình làm 5 người thiệt mạng.',
      finds: [
        { quote: 'Sạt lở đất', value: { type: 'disaster' } },
        { quote: '5 người thiệt mạng', value: { type: 'death' } }
      ]
    },
    { text: 'Bão số 3 (bão Yagi) đã đi qua.', finds: [{ quote: 'Bão số 3 (bão Yagi)', value: { type: 'disaster' } }] },
    {
      text: 'Xâm nhập mặn ở Đồng bằng sông Cửu Long diễn ra sớm.',
      finds: [{ quote: 'Xâm nhập mặn', value: { type: 'disaster' } }]
    },
    {
      text: 'Nhiều người vẫn chưa được tìm thấy sau lũ quét và sạt lở đất.',
      finds: [{ quote: 'lũ quét và sạt lở đất', value: { type: 'disaster' } }]
    },
    { text: 'Hà Nội có 1 người chết vì bão.', finds: [{ quote: '1 người chết', value: { type: 'death' } }] },
    { text: 'Bắc Giang có 1 người tử vong do bị lũ cuốn.', finds: [{ quote: '1 người tử vong', value: { type: 'death' } }] },
    {
      text: 'Bão Yagi là cơn bão mạnh nhất năm.',
      finds: [
        { quote: 'Bão', value: { type: 'disaster' } },
        { quote: 'cơn bão', value: { type: 'disaster' } }
      ]
    },
    { text: 'Có 32 học sinh bị ngộ độc thực phẩm.', finds: [{ quote: 'bị ngộ độc thực phẩm', value: { type: 'disaster' } }] },
    { text: 'Số người chết đã lên tới 127.', finds: [{ quote: 'người chết', value: { type: 'death' } }] },
    {
      text: 'Thành phố long trọng tổ chức lễ kỷ niệm 50 năm giải phóng.',
      finds: [{ quote: 'long trọng tổ chức lễ kỷ niệm', value: { type: 'celebration' } }]
    },
    { text: 'Động đất mạnh 5,2 độ richter xảy ra tại Kon Tum.', finds: [{ quote: 'Động đất', value: { type: 'disaster' } }] },
    { text: 'Động đất mạnh 7,4 độ richter rung chuyển Đài Loan.', finds: [{ quote: 'Động đất', value: { type: 'disaster' } }] },
    {
      text: 'Vụ cháy chung cư mini ở Hà Nội khiến 56 người tử vong.',
      finds: [
        { quote: 'Vụ cháy', value: { type: 'disaster' } },
        { quote: '56 người tử vong', value: { type: 'death' } }
      ]
    },
    {
      text: 'Tai nạn giao thông làm 3 người chết.',
      finds: [
        { quote: 'Tai nạn giao thông', value: { type: 'disaster' } },
        { quote: '3 người chết', value: { type: 'death' } }
      ]
    },
    {
      text: 'Trận lũ quét cướp đi sinh mạng của 20 người.',
      finds: [
        { quote: 'Trận lũ quét', value: { type: 'disaster' } },
        { quote: 'cướp đi sinh mạng', value: { type: 'death' } }
      ]
    },
    {
      text: 'Hà Nội long trọng kỷ niệm 70 năm Ngày Giải phóng Thủ đô.',
      finds: [{ quote: 'long trọng kỷ niệm', value: { type: 'celebration' } }]
    },
    { text: 'Lễ hội pháo hoa quốc tế Đà Nẵng đã khai mạc.', finds: [{ quote: 'Lễ hội', value: { type: 'celebration' } }] },
    { text: 'Hàng chục nghìn người xuống đường ở Jakarta.', finds: [{ quote: 'xuống đường', value: { type: 'protest' } }] },
    { text: 'Hàng trăm người đã tuần hành phản đối tại Dhaka.', finds: [{ quote: 'tuần hành', value: { type: 'protest' } }] },
    {
      text: 'Một bệnh nhân nữ 45 tuổi ở quận Hà Đông đã tử vong sau 5 ngày điều trị.',
      finds: [{ quote: 'đã tử vong', value: { type: 'death' } }]
    },
    { text: 'Hà Nội ghi nhận ca tử vong thứ 5 do sốt xuất huyết.', finds: [{ quote: 'ca tử vong', value: { type: 'death' } }] },
    { text: 'Động đất mạnh tại Myanmar', finds: [{ quote: 'Động đất mạnh', value: { type: 'disaster' } }] },
    { text: 'Cháy nhà trọ ở Hà Nội', finds: [{ quote: 'Cháy', value: { type: 'disaster' } }] },
    {
      text: 'Một xe khách giường nằm bất ngờ lao xuống vực sâu khoảng 30 m.',
      finds: [{ quote: 'bất ngờ lao xuống vực', value: { type: 'disaster' } }]
    },
    { text: 'Tàu cá bị chìm ngoài khơi Quảng Ngãi.', finds: [{ quote: 'bị chìm', value: { type: 'disaster' } }] },
    { text: 'Sập cầu Phong Châu.', finds: [{ quote: 'Sập', value: { type: 'disaster' } }] },
    {
      text: 'Các vụ tai nạn làm chết gần 7.800 người.',
      finds: [
        { quote: 'vụ tai nạn', value: { type: 'disaster' } },
        { quote: 'làm chết', value: { type: 'death' } }
      ]
    },
    { text: 'Nguyên Chủ tịch nước Trần Đức Lương từ trần.', finds: [{ quote: 'từ trần', value: { type: 'death' } }] },
    { text: 'Tài xế chết tại chỗ.', finds: [{ quote: 'chết tại chỗ', value: { type: 'death' } }] },
    {
      text: 'Tối 21/9 đã diễn ra chương trình giao lưu văn hóa kỷ niệm 50 năm quan hệ hai nước.',
      finds: [{ quote: 'chương trình giao lưu văn hóa kỷ niệm', value: { type: 'celebration' } }]
    },
    {
      text: 'Lễ diễu binh, diễu hành kỷ niệm 80 năm Quốc khánh diễn ra tại Quảng trường Ba Đình.',
      finds: [{ quote: 'Lễ diễu binh, diễu hành', value: { type: 'celebration' } }]
    },
    { text: 'Lễ hội hoa anh đào khai mạc tại Hà Nội.', finds: [{ quote: 'Lễ hội', value: { type: 'celebration' } }] },
    { text: 'Núi lửa phun trào tại Indonesia.', finds: [{ quote: 'Núi lửa phun trào', value: { type: 'disaster' } }] },
    { text: 'Việt Nam lên tiếng phản đối hành động của Trung Quốc.', finds: [{ quote: 'lên tiếng', value: { type: 'statement' } }] },
    { text: 'Tàu cá của ngư dân Quảng Ngãi bị sóng đánh chìm.', finds: [{ quote: 'bị sóng đánh chìm', value: { type: 'disaster' } }] },
    {
      text: 'Ô tô tông xe máy khiến 2 người tử vong.',
      finds: [
        { quote: 'tông', value: { type: 'disaster' } },
        { quote: '2 người tử vong', value: { type: 'death' } }
      ]
    },
    { text: 'Vụ va chạm giữa tàu hỏa và ô tô xảy ra lúc 5 giờ sáng.', finds: [{ quote: 'Vụ va chạm', value: { type: 'disaster' } }] },
    { text: 'Hàng nghìn người đổ xuống đường tại Seoul.', finds: [{ quote: 'đổ xuống đường', value: { type: 'protest' } }] },
    { text: 'Nước mặn xâm nhập sâu 60 km vào đất liền.', finds: [{ quote: 'Nước mặn', value: { type: 'disaster' } }] }
  ],
  negative: [
    'Việt Nam kiên quyết phản đối hành động này.',
    'Người dân tập trung để nhận hàng cứu trợ.',
    'Đến 4 giờ 30, đám cháy cơ bản được khống chế.',
    'Mùa bão thường kéo dài từ tháng 6 đến tháng 11.',
    'Lũ lụt thường xảy ra ở Đồng bằng sông Cửu Long vào mùa mưa.',
    'Các tỉnh chủ động phòng chống bão.',
    'Hai nước kỷ niệm 10 năm quan hệ khi hướng tới năm 2026.',
    'Thị trường bùng nổ.',
    'Số vụ tai nạn giao thông giảm 10% so với cùng kỳ.',
    'Indonesia ngừng cấp hạn ngạch cho gạo trắng thông thường.',
    'Các lễ hội truyền thống thu hút du khách.',
    'Không có bệnh nhân nào tử vong.',
    'Không có người thiệt mạng.',
    'Dự báo bão số 4 đổ bộ vào miền Trung.',
    'Bão số 4 có thể đổ bộ vào Quảng Trị.',
    'Người dân sửa lại mái nhà sau bão.',
    'Ông Lê Văn Hùng bị thương nặng.',
    'Sau vụ cháy này, thành phố kiểm tra hơn 2.000 cơ sở.',
    'Giá vàng rơi xuống mức thấp nhất.',
    'Công tác phòng cháy tại chung cư còn nhiều bất cập.',
    'Lễ hội sẽ diễn ra từ ngày 1/6.',
    'Hai ngư dân mất tích, một người được cứu.',
    'Người dân hạn chế ra đường.',
    'Nông dân trữ nước ngọt để ứng phó với nước mặn.',
    'UBND huyện tặng quà các gia đình có người tử vong.'
  ]
}
