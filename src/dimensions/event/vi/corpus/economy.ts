import { examples } from '../../../corpus.js'
import type { CorpusPart } from '../../types.js'

export const economy: CorpusPart = {
  examples: [
    examples({ type: 'investment' }, ['trao giấy chứng nhận đầu tư', 'cấp giấy chứng nhận đăng ký đầu tư']),
    examples({ type: 'launch' }, [
      'khánh thành',
      'lễ khởi công',
      'thông xe',
      'đi vào hoạt động',
      'chính thức đưa vào vận hành',
      'được đưa vào quỹ đạo'
    ]),
    examples({ type: 'trade_measure' }, ['ra lệnh cấm xuất khẩu', 'áp thuế đối ứng']),
    examples({ type: 'trade_measure', cameo: '085' }, ['hạ thuế', 'quyết định hạ thuế', 'dỡ bỏ lệnh cấm'])
  ],
  inContext: [
    {
      text: 'Lệnh cấm xuất khẩu đường do Indonesia ban hành khiến giá tăng.',
      finds: [{ quote: 'Lệnh cấm xuất khẩu', value: { type: 'trade_measure' } }]
    },
    { text: 'Vietnam Airlines mở mới 13 đường bay quốc tế.', finds: [{ quote: 'mở mới 13 đường bay', value: { type: 'launch' } }] },
    {
      text: 'UBND tỉnh đã trao Giấy chứng nhận đăng ký đầu tư cho dự án.',
      finds: [{ quote: 'trao Giấy chứng nhận đăng ký đầu tư', value: { type: 'investment' } }]
    },
    { text: 'SK Group đã chi 1 tỷ USD mua 6% cổ phần Vingroup.', finds: [{ quote: 'đã chi', value: { type: 'investment' } }] },
    { text: 'Đường dây 500 kV mạch 3 về đích sau 6 tháng thi công.', finds: [{ quote: 'về đích', value: { type: 'launch' } }] },
    { text: 'Dự án cao tốc Bắc - Nam cán đích đúng hẹn.', finds: [{ quote: 'cán đích', value: { type: 'launch' } }] },
    {
      text: 'Nhà máy điện gió ngoài khơi đầu tiên của Việt Nam đã phát điện thương mại.',
      finds: [{ quote: 'đã phát điện thương mại', value: { type: 'launch' } }]
    },
    {
      text: 'Liên minh châu Âu đã gỡ thẻ vàng IUU đối với thủy sản Việt Nam.',
      finds: [{ quote: 'gỡ thẻ vàng', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Trung Quốc đã mở cửa thị trường cho sầu riêng tươi của Việt Nam.',
      finds: [{ quote: 'mở cửa thị trường', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Indonesia đã cấp hạn ngạch nhập khẩu 2 triệu tấn gạo.',
      finds: [{ quote: 'cấp hạn ngạch nhập khẩu', value: { type: 'trade_measure' } }]
    },
    { text: 'Sân bay Đà Nẵng đã tạm đóng cửa do ảnh hưởng của bão.', finds: [{ quote: 'đã tạm đóng', value: { type: 'closure' } }] },
    {
      text: 'Mỹ công bố mức thuế đối ứng 46% với hàng hóa Việt Nam.',
      finds: [{ quote: 'công bố mức thuế đối ứng', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Tập đoàn Pou Chen cho biết đã đóng cửa một xưởng may tại Bình Dương.',
      finds: [{ quote: 'đã đóng cửa', value: { type: 'closure' } }]
    },
    {
      text: 'Công ty vừa thông báo chấm dứt hoạt động nhà máy thứ hai ở huyện Nhơn Trạch.',
      finds: [{ quote: 'chấm dứt hoạt động', value: { type: 'closure' } }]
    },
    {
      text: 'Nhà máy của công ty tại Long An đã chấm dứt hoạt động từ tháng 3.',
      finds: [{ quote: 'đã chấm dứt hoạt động', value: { type: 'closure' } }]
    },
    {
      text: 'Tháng 10/2014, Hoa Kỳ dỡ bỏ một phần lệnh cấm vận vũ khí sát thương đối với Việt Nam.',
      finds: [{ quote: 'dỡ bỏ một phần lệnh cấm vận', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'Bắc Giang cấp phép dự án 300 triệu USD của tập đoàn Hàn Quốc.',
      finds: [{ quote: 'cấp phép', value: { type: 'investment' } }]
    },
    { text: 'Thành phố đã khởi động chiến dịch tiêm vắc xin sởi.', finds: [{ quote: 'đã khởi động', value: { type: 'launch' } }] },
    {
      text: 'Trung Quốc đã nối lại việc nhập khẩu sầu riêng.',
      finds: [{ quote: 'đã nối lại việc nhập khẩu', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'Tổng thống đã ký lệnh tạm ngừng nhập khẩu gạo trong 60 ngày.',
      finds: [{ quote: 'đã ký lệnh tạm ngừng nhập khẩu', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Nhiều hãng hàng không đã mở thêm đường bay thẳng tới Đà Nẵng.',
      finds: [{ quote: 'mở thêm đường bay', value: { type: 'launch' } }]
    },
    { text: 'Tập đoàn Hyosung rót thêm 1,2 tỷ USD vào dự án tại Bà Rịa.', finds: [{ quote: 'rót', value: { type: 'investment' } }] },
    { text: 'Samsung đã đầu tư 18 tỷ USD vào Việt Nam.', finds: [{ quote: 'đầu tư', value: { type: 'investment' } }] },
    { text: 'Công ty mua lại 30% cổ phần của Ngân hàng A.', finds: [{ quote: 'mua lại', value: { type: 'investment' } }] },
    { text: 'Công trình được khởi công vào tháng 4/2022.', finds: [{ quote: 'khởi công', value: { type: 'launch' } }] },
    { text: 'Nhật Bản phóng thành công vệ tinh MicroDragon.', finds: [{ quote: 'phóng', value: { type: 'launch' } }] },
    { text: 'Thái Lan đóng cửa khẩu biên giới với Campuchia.', finds: [{ quote: 'đóng', value: { type: 'closure' } }] },
    { text: 'Nhà máy đã ngừng hoạt động từ tháng 5.', finds: [{ quote: 'đã ngừng hoạt động', value: { type: 'closure' } }] },
    { text: 'Tập đoàn LEGO đăng ký đầu tư 1 tỷ USD.', finds: [{ quote: 'đăng ký đầu tư', value: { type: 'investment' } }] },
    { text: 'Công ty thành lập Ban chỉ đạo phòng chống dịch.', finds: [{ quote: 'thành lập', value: { type: 'launch' } }] },
    { text: 'Tập đoàn LEGO đã rót 1,3 tỷ USD xây dựng nhà máy tại Bình Dương.', finds: [{ quote: 'rót', value: { type: 'investment' } }] },
    { text: 'Khánh thành cầu Rạch Miễu 2', finds: [{ quote: 'Khánh thành', value: { type: 'launch' } }] },
    { text: 'Cửa khẩu Tân Thanh tạm dừng thông quan do mưa lớn.', finds: [{ quote: 'tạm dừng thông quan', value: { type: 'closure' } }] },
    { text: 'Tuyến metro chính thức vận hành đoạn trên cao.', finds: [{ quote: 'chính thức vận hành', value: { type: 'launch' } }] },
    { text: 'PETRONAS đã bắt đầu khai thác mỏ khí Kasawari.', finds: [{ quote: 'bắt đầu khai thác', value: { type: 'launch' } }] },
    {
      text: 'Tháng 8, công ty mua lại 51% cổ phần của một doanh nghiệp chế biến trái cây.',
      finds: [{ quote: 'mua lại', value: { type: 'investment' } }]
    },
    { text: 'Masan đã hoàn tất việc bán 25% cổ phần cho nhà đầu tư Hàn Quốc.', finds: [{ quote: 'bán', value: { type: 'investment' } }] },
    { text: 'Samsung công bố đầu tư thêm 1,8 tỷ USD tại Thái Nguyên.', finds: [{ quote: 'đầu tư', value: { type: 'investment' } }] },
    {
      text: 'Dự án nhà máy chế biến sầu riêng đã được cấp giấy chứng nhận đăng ký đầu tư.',
      finds: [{ quote: 'được cấp giấy chứng nhận đăng ký đầu tư', value: { type: 'investment' } }]
    },
    {
      text: 'Dự án có vốn 2 tỷ USD đã được cấp phép trong tháng 3.',
      finds: [{ quote: 'đã được cấp phép', value: { type: 'investment' } }]
    },
    { text: 'Vietnam Airlines mở đường bay thẳng Hà Nội - Mumbai.', finds: [{ quote: 'mở đường bay', value: { type: 'launch' } }] },
    { text: 'Tập đoàn đã hoàn thành xây dựng nhà máy điện gió.', finds: [{ quote: 'đã hoàn thành', value: { type: 'launch' } }] },
    { text: 'Công ty đóng cửa trang trại bò tại Bình Định do hiệu quả thấp.', finds: [{ quote: 'đóng cửa', value: { type: 'closure' } }] },
    { text: 'Indonesia dừng nhập khẩu gạo.', finds: [{ quote: 'dừng nhập khẩu', value: { type: 'trade_measure' } }] },
    {
      text: 'Philippines đã tạm ngừng nhập khẩu gạo trong 60 ngày.',
      finds: [{ quote: 'tạm ngừng nhập khẩu', value: { type: 'trade_measure' } }]
    },
    { text: 'Mỹ đánh thuế 25% đối với thép nhập khẩu.', finds: [{ quote: 'đánh thuế', value: { type: 'trade_measure' } }] },
    {
      text: 'Bộ Công Thương áp dụng biện pháp chống bán phá giá đối với thép.',
      finds: [{ quote: 'áp dụng biện pháp chống bán phá giá', value: { type: 'trade_measure' } }]
    },
    {
      text: 'Trung Quốc nới lỏng lệnh cấm nhập khẩu hải sản.',
      finds: [{ quote: 'nới lỏng lệnh cấm', value: { type: 'trade_measure', cameo: '085' } }]
    },
    {
      text: 'Hãng hàng không Vietjet đã khai trương đường bay mới.',
      finds: [{ quote: 'khai trương đường bay', value: { type: 'launch' } }]
    },
    { text: 'Cầu Rạch Miễu 2 đã hợp long nhịp chính.', finds: [{ quote: 'hợp long', value: { type: 'launch' } }] },
    {
      text: 'Nhà máy điện mặt trời đã được đóng điện và hòa lưới quốc gia.',
      finds: [{ quote: 'đóng điện và hòa lưới', value: { type: 'launch' } }]
    },
    { text: 'Nhiệt điện Vĩnh Tân 1 tạm ngừng vận hành một tổ máy.', finds: [{ quote: 'tạm ngừng vận hành', value: { type: 'closure' } }] },
    { text: 'Quỹ GIC đã chi 1,5 tỷ USD mua cổ phần Vinhomes.', finds: [{ quote: 'đã chi', value: { type: 'investment' } }] },
    {
      text: 'Sân bay Long Thành chính thức đón chuyến bay đầu tiên.',
      finds: [{ quote: 'chính thức đón chuyến bay đầu tiên', value: { type: 'launch' } }]
    },
    { text: 'Công ty đã tuyên bố phá sản.', finds: [{ quote: 'tuyên bố phá sản', value: { type: 'closure' } }] },
    {
      text: 'Hà Nội tạm đình chỉ hoạt động 350 cơ sở không bảo đảm an toàn phòng cháy.',
      finds: [{ quote: 'tạm đình chỉ hoạt động', value: { type: 'closure' } }]
    },
    {
      text: 'Mỹ dỡ bỏ cấm vận đối với Việt Nam năm 1994.',
      finds: [{ quote: 'dỡ bỏ cấm vận', value: { type: 'trade_measure', cameo: '085' } }]
    },
    { text: 'Dự án hoàn thành sau 3 năm thi công.', finds: [{ quote: 'hoàn thành', value: { type: 'launch' } }] },
    { text: 'EU áp đặt lệnh cấm vận vũ khí.', finds: [{ quote: 'áp đặt lệnh cấm vận', value: { type: 'trade_measure' } }] },
    {
      text: 'Tập đoàn LEGO nhận giấy chứng nhận đăng ký đầu tư dự án 1 tỷ USD.',
      finds: [{ quote: 'nhận giấy chứng nhận đăng ký đầu tư', value: { type: 'investment' } }]
    },
    { text: 'Samsung tăng vốn đầu tư thêm 1 tỷ USD tại Bắc Ninh.', finds: [{ quote: 'tăng vốn đầu tư', value: { type: 'investment' } }] },
    { text: 'Cửa khẩu Móng Cái tạm đóng từ ngày 5/1.', finds: [{ quote: 'tạm đóng', value: { type: 'closure' } }] },
    {
      text: 'Sáng 19/8, cầu Rạch Miễu 2 được khánh thành và đưa vào sử dụng.',
      finds: [{ quote: 'khánh thành và đưa vào sử dụng', value: { type: 'launch' } }]
    },
    { text: 'Lễ khánh thành, thông xe cầu diễn ra sáng nay.', finds: [{ quote: 'Lễ khánh thành, thông xe', value: { type: 'launch' } }] }
  ],
  negative: [
    'Thuế đối ứng sẽ được Mỹ áp dụng từ tháng sau.',
    'Hai bên đang đẩy nhanh thủ tục mở cửa thị trường cho bưởi.',
    'Thị trường chứng khoán đóng cửa phiên giao dịch với sắc xanh.',
    'Doanh nghiệp cần chủ động mở cửa thị trường mới.',
    'Bộ Thương mại bác bỏ thông tin cho rằng các nhà máy ở Chittagong cũng đã đóng cửa.',
    'Tỉnh yêu cầu đóng cửa rừng tự nhiên.',
    'Hàn Quốc đã đầu tư hơn 80 tỷ USD vào Việt Nam với 9.500 dự án.',
    'Theo kế hoạch, nhà máy đi vào hoạt động từ năm 2024.',
    'Cả nước đã đưa vào khai thác thêm 180 km đường cao tốc.',
    'Tỉnh đã cấp phép cho 56 dự án.',
    'Giá gạo lên mức cao nhất 15 năm sau lệnh cấm xuất khẩu của Ấn Độ.',
    'Nhà đầu tư rót tiền chậm lại.',
    'Doanh nghiệp sẽ tạm dừng sản xuất vào tháng tới.',
    'Tổng cộng 62 quốc gia đã rót vốn vào Việt Nam trong 3 tháng đầu năm.',
    'Vốn ngoại đã đổ vào 42 tỉnh, thành phố.',
    'Khi đi vào hoạt động, vệ tinh sẽ chụp ảnh bề mặt trái đất.',
    'MicroDragon sẽ được đưa vào quỹ đạo ngày 17/1.',
    'các cam kết giảm thuế mà đối tác dành cho hàng hóa',
    'Mức thuế mới được áp dụng từ tháng 8.',
    'Khánh Hòa đón hơn 5,6 triệu lượt khách.',
    'Dự án có tổng vốn đầu tư 2 tỷ USD tại Long An.',
    'Trong quý, có 447 dự án mới được cấp phép.',
    'Công ty sẽ chào bán 10% cổ phần ra công chúng.',
    'Doanh nghiệp đã hoàn thành 82% kế hoạch năm.',
    'Một số doanh nghiệp lo ngại nếu Indonesia kéo dài lệnh ngừng nhập khẩu.',
    'Mỹ đe dọa áp thuế 46% lên hàng Việt Nam.',
    'Nhà máy có nguy cơ phải đóng cửa.',
    'Chương trình kỷ niệm 20 năm thành lập công ty sẽ diễn ra vào tháng sau.',
    'Dự án đã hoàn thành 80% khối lượng công việc.',
    'Nhà máy đóng vai trò quan trọng trong chuỗi cung ứng.'
  ]
}
