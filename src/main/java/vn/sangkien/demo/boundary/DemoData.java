package vn.sangkien.demo.boundary;

import static vn.sangkien.platform.persistence.InstantConverter.utc;
import static vn.sangkien.platform.persistence.JdbcParameters.setNullable;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.sangkien.identity.control.PasswordHash;
import vn.sangkien.initiative.entity.InitiativeTransition;
import vn.sangkien.platform.persistence.Databases;
import vn.sangkien.platform.text.SearchText;

/**
 * The demo data of {@code SANGKIEN_DEMO=true}, written once with plain JDBC below the national
 * organization {@code TLD} that the bootstrap created. The content is the same on every load (a
 * fixed random seed); only the dates follow the load instant, so that the open campaign is open and
 * registrations fill the last 60 days.
 *
 * <p>Organizations: the provinces {@code KG} (Liên đoàn Lao động tỉnh Kiên Giang) and {@code KH}
 * (Liên đoàn Lao động tỉnh Khánh Hòa), four district or sector unions each ({@code KG-RG},
 * {@code KG-PQ}, {@code KG-KCN}, {@code KG-GD}, {@code KH-NT}, {@code KH-CR}, {@code KH-YT},
 * {@code KH-GD}) and 52 grassroots unions ({@code KG-RG-001}, ... and {@code KG-001},
 * {@code KH-001}, ... directly under a province). Five grassroots unions have no initiative, so
 * coverage stays below 100%.
 *
 * <p>Users, every one with the password {@value #PASSWORD}:
 * <table>
 * <caption>Demo users</caption>
 * <tr><th>username</th><th>role</th><th>organization</th></tr>
 * <tr><td>kg.federation</td><td>FEDERATION_OFFICER</td><td>KG</td></tr>
 * <tr><td>kh.federation</td><td>FEDERATION_OFFICER</td><td>KH</td></tr>
 * <tr><td>kg.unit</td><td>UNIT_OFFICER</td><td>KG-RG-001 (CĐCS Công ty Điện lực Kiên Giang)</td></tr>
 * <tr><td>kh.unit</td><td>UNIT_OFFICER</td><td>KH-YT-001 (CĐCS Bệnh viện Đa khoa tỉnh Khánh Hòa)</td></tr>
 * <tr><td>kg.reviewer</td><td>REVIEWER</td><td>KG</td></tr>
 * <tr><td>kh.reviewer</td><td>REVIEWER</td><td>KH</td></tr>
 * <tr><td>kg.member</td><td>MEMBER</td><td>KG-RG-001</td></tr>
 * <tr><td>kh.member</td><td>MEMBER</td><td>KH-YT-001</td></tr>
 * <tr><td>kg.integration</td><td>INTEGRATION</td><td>KG</td></tr>
 * </table>
 *
 * <p>Campaigns: the programme {@code CT-1TRIEU} (TLD, 1 July 2020 to the end of 2028), its phases
 * {@code CT-1TRIEU-GD1} (closed) and {@code CT-1TRIEU-GD2} (open), and under phase 2 the peak
 * campaigns {@code KH-CAODIEM-40N} (KH, open: from 27 days before the load to 13 days after),
 * {@code KG-CAODIEM-40N} (KG, closed 9 days before the load) and {@code KG-CAODIEM-DOT2} (KG,
 * planned: opens 20 days after the load). 830 initiatives, at least 100 in every status, each with
 * its authors and a workflow history consistent with its status.
 *
 * <p>The caller owns the transaction and the lock that keeps two instances from loading twice.
 */
public final class DemoData {

    /** The password of every demo user. */
    public static final String PASSWORD = "Demo@2026";
    /** The {@code system_setting} row that says the demo data is there; its value is the load instant. */
    public static final String LOADED_SETTING = "demo.loaded";

    private static final String NATIONAL_CODE = "TLD";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long SEED = 1_000_000L;
    private static final int HISTORY_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String DRAFT = "DRAFT";
    private static final String SUBMITTED = "SUBMITTED";
    private static final String VERIFIED = "VERIFIED";
    private static final String RECOGNIZED = "RECOGNIZED";
    private static final String REJECTED = "REJECTED";
    private static final String RETURNED = "RETURNED";
    private static final String WITHDRAWN = "WITHDRAWN";

    // ---------------------------------------------------------------- organizations

    /** code, name. */
    private static final String[][] PROVINCES = {
        {"KG", "Liên đoàn Lao động tỉnh Kiên Giang"},
        {"KH", "Liên đoàn Lao động tỉnh Khánh Hòa"},
    };

    /** code (its province's code, a dash, a suffix), name. */
    private static final String[][] DISTRICTS = {
        {"KG-RG", "LĐLĐ thành phố Rạch Giá"},
        {"KG-PQ", "LĐLĐ thành phố Phú Quốc"},
        {"KG-KCN", "Công đoàn các Khu công nghiệp tỉnh Kiên Giang"},
        {"KG-GD", "Công đoàn ngành Giáo dục tỉnh Kiên Giang"},
        {"KH-NT", "LĐLĐ thành phố Nha Trang"},
        {"KH-CR", "LĐLĐ thành phố Cam Ranh"},
        {"KH-YT", "Công đoàn ngành Y tế tỉnh Khánh Hòa"},
        {"KH-GD", "Công đoàn ngành Giáo dục tỉnh Khánh Hòa"},
    };

    /**
     * parent code, kind, name; codes are the parent's code and a number. Kinds choose the fields of
     * their initiatives: DN enterprise, YT health, GD education, HC public administration, NN
     * agriculture and fisheries.
     */
    private static final String[][] GRASSROOTS = {
        {"KG-RG", "DN", "Công đoàn cơ sở Công ty Điện lực Kiên Giang"},
        {"KG-RG", "DN", "CĐCS Công ty Cổ phần Cấp thoát nước Kiên Giang"},
        {"KG-RG", "HC", "CĐCS Ủy ban nhân dân phường Vĩnh Thanh Vân"},
        {"KG-RG", "YT", "CĐCS Trung tâm Y tế thành phố Rạch Giá"},
        {"KG-RG", "DN", "CĐCS Công ty TNHH MTV Xổ số kiến thiết Kiên Giang"},
        {"KG-RG", "DN", "CĐCS Chi nhánh Viettel Kiên Giang"},
        {"KG-PQ", "DN", "CĐCS Cảng hàng không quốc tế Phú Quốc"},
        {"KG-PQ", "NN", "CĐCS Ban Quản lý Vườn quốc gia Phú Quốc"},
        {"KG-PQ", "YT", "CĐCS Trung tâm Y tế thành phố Phú Quốc"},
        {"KG-PQ", "DN", "CĐCS Công ty Cổ phần Cấp nước Phú Quốc"},
        {"KG-PQ", "HC", "CĐCS Ủy ban nhân dân phường Dương Đông"},
        {"KG-PQ", "NN", "CĐCS Công ty TNHH Chế biến nước mắm Hưng Thịnh Phú Quốc"},
        {"KG-KCN", "DN", "CĐCS Công ty Cổ phần Xi măng Kiên Lương"},
        {"KG-KCN", "NN", "CĐCS Công ty TNHH Chế biến thủy sản Thạnh Lộc"},
        {"KG-KCN", "DN", "CĐCS Công ty TNHH Giày da Tắc Cậu"},
        {"KG-KCN", "NN", "CĐCS Công ty Cổ phần Thủy sản Kiên Cường"},
        {"KG-KCN", "DN", "CĐCS Công ty TNHH May mặc Kiên Hải"},
        {"KG-KCN", "DN", "CĐCS Công ty TNHH Chế biến gỗ Thạnh Lộc"},
        {"KG-GD", "GD", "CĐCS Trường THPT chuyên Huỳnh Mẫn Đạt"},
        {"KG-GD", "GD", "CĐCS Trường THPT Nguyễn Trung Trực"},
        {"KG-GD", "GD", "CĐCS Trường THPT Ngô Sĩ Liên"},
        {"KG-GD", "GD", "CĐCS Trường Cao đẳng Kiên Giang"},
        {"KG-GD", "GD", "CĐCS Trường THCS Lê Quý Đôn"},
        {"KG-GD", "GD", "CĐCS Trường Phổ thông Dân tộc nội trú tỉnh Kiên Giang"},
        {"KG", "HC", "CĐCS Sở Giao thông vận tải tỉnh Kiên Giang"},
        {"KG", "HC", "CĐCS Báo và Phát thanh, Truyền hình Kiên Giang"},
        {"KH-NT", "DN", "CĐCS Công ty Cổ phần Môi trường đô thị Nha Trang"},
        {"KH-NT", "DN", "CĐCS Công ty Cổ phần Điện lực Khánh Hòa"},
        {"KH-NT", "NN", "CĐCS Công ty TNHH Nhà nước MTV Yến sào Khánh Hòa"},
        {"KH-NT", "YT", "CĐCS Trung tâm Y tế thành phố Nha Trang"},
        {"KH-NT", "HC", "CĐCS Ủy ban nhân dân phường Lộc Thọ"},
        {"KH-NT", "DN", "CĐCS Công ty Cổ phần Cấp thoát nước Khánh Hòa"},
        {"KH-CR", "DN", "CĐCS Cảng hàng không quốc tế Cam Ranh"},
        {"KH-CR", "DN", "CĐCS Công ty Cổ phần Cảng Cam Ranh"},
        {"KH-CR", "YT", "CĐCS Trung tâm Y tế thành phố Cam Ranh"},
        {"KH-CR", "NN", "CĐCS Công ty TNHH Chế biến thủy sản Cam Ranh"},
        {"KH-CR", "HC", "CĐCS Ủy ban nhân dân phường Cam Lộc"},
        {"KH-CR", "GD", "CĐCS Trường THPT Phan Bội Châu"},
        {"KH-YT", "YT", "CĐCS Bệnh viện Đa khoa tỉnh Khánh Hòa"},
        {"KH-YT", "YT", "CĐCS Bệnh viện Lao và Bệnh phổi Khánh Hòa"},
        {"KH-YT", "YT", "CĐCS Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa"},
        {"KH-YT", "YT", "CĐCS Bệnh viện Da liễu Khánh Hòa"},
        {"KH-YT", "YT", "CĐCS Trung tâm Kiểm soát bệnh tật tỉnh Khánh Hòa"},
        {"KH-YT", "YT", "CĐCS Bệnh viện Chuyên khoa Tâm thần Khánh Hòa"},
        {"KH-GD", "GD", "CĐCS Trường THPT chuyên Lê Quý Đôn"},
        {"KH-GD", "GD", "CĐCS Trường THPT Lý Tự Trọng"},
        {"KH-GD", "GD", "CĐCS Trường THPT Nguyễn Văn Trỗi"},
        {"KH-GD", "GD", "CĐCS Trường Cao đẳng Y tế Khánh Hòa"},
        {"KH-GD", "GD", "CĐCS Trường THCS Thái Nguyên"},
        {"KH-GD", "GD", "CĐCS Trường Tiểu học Vĩnh Hải 1"},
        {"KH", "HC", "CĐCS Đài Phát thanh và Truyền hình Khánh Hòa"},
        {"KH", "HC", "CĐCS Văn phòng Ủy ban nhân dân tỉnh Khánh Hòa"},
    };

    /** Every ninth grassroots union (by its place above) has no initiative at all. */
    private static final int UNCOVERED_EVERY = 9;

    // ---------------------------------------------------------------- users

    /** username, full name, role, organization code, member code of the person. */
    private static final String[][] USERS = {
        {"kg.federation", "Lê Văn Hòa", "FEDERATION_OFFICER", "KG", null},
        {"kh.federation", "Nguyễn Thị Thanh Hương", "FEDERATION_OFFICER", "KH", null},
        {"kg.unit", "Phạm Minh Đức", "UNIT_OFFICER", "KG-RG-001", "KG-RG-001-0003"},
        {"kh.unit", "Trần Thị Ngọc Lan", "UNIT_OFFICER", "KH-YT-001", "KH-YT-001-0005"},
        {"kg.reviewer", "Huỳnh Văn Sang", "REVIEWER", "KG", null},
        {"kh.reviewer", "Võ Thị Mỹ Dung", "REVIEWER", "KH", null},
        {"kg.member", "Đặng Thị Kim Yến", "MEMBER", "KG-RG-001", "KG-RG-001-0017"},
        {"kh.member", "Bùi Quang Vinh", "MEMBER", "KH-YT-001", "KH-YT-001-0042"},
        {"kg.integration", "Hệ thống quản lý sáng kiến LĐLĐ tỉnh Kiên Giang", "INTEGRATION", "KG", null},
    };

    // ---------------------------------------------------------------- initiatives

    /** How many initiatives end in each status. */
    private static final Map<String, Integer> STATUS_COUNTS = orderedMap(
            DRAFT, 105, SUBMITTED, 130, VERIFIED, 115, RECOGNIZED, 170, REJECTED, 105, RETURNED, 105, WITHDRAWN, 100);

    /** How far along the workflow a status usually is: older registrations tend to be further. */
    private static final Map<String, Double> MATURITY = Map.of(
            DRAFT, 0.0, SUBMITTED, 1.0, WITHDRAWN, 1.5, RETURNED, 2.0, VERIFIED, 2.0, REJECTED, 3.0, RECOGNIZED, 3.5);

    private static final Map<String, String[]> FIELDS_BY_KIND = Map.of(
            "DN", new String[] {"TECHNOLOGY", "PRODUCTION", "SAFETY", "ENVIRONMENT", "MANAGEMENT", "DIGITAL"},
            "YT", new String[] {"HEALTH", "HEALTH", "MANAGEMENT", "DIGITAL", "SAFETY"},
            "GD", new String[] {"EDUCATION", "EDUCATION", "DIGITAL", "MANAGEMENT"},
            "HC", new String[] {"ADMINISTRATIVE_REFORM", "ADMINISTRATIVE_REFORM", "DIGITAL", "MANAGEMENT", "ENVIRONMENT"},
            "NN", new String[] {"AGRICULTURE", "AGRICULTURE", "PRODUCTION", "ENVIRONMENT", "TECHNOLOGY", "SAFETY"});

    /** Per field: the openings of a title, then what they apply to; any opening fits any object. */
    private static final Map<String, String[][]> TITLE_PARTS = Map.ofEntries(
            Map.entry("TECHNOLOGY", new String[][] {
                {"Cải tiến", "Thiết kế, chế tạo", "Nâng cấp", "Tự động hóa", "Giải pháp kỹ thuật nâng cao độ bền của"},
                {"hệ thống băng tải cấp liệu", "bộ điều khiển máy nén khí", "thiết bị kiểm tra cách điện",
                    "cơ cấu gá kẹp máy tiện", "tủ điều khiển trạm bơm", "hệ thống làm mát động cơ"}}),
            Map.entry("PRODUCTION", new String[][] {
                {"Cải tiến quy trình", "Hợp lý hóa khâu", "Giải pháp giảm hao hụt trong khâu",
                    "Nâng cao năng suất khâu", "Cơ giới hóa khâu"},
                {"đóng gói thành phẩm", "cắt may bán thành phẩm", "sấy nguyên liệu", "phân loại sản phẩm",
                    "kiểm tra chất lượng đầu ra", "bảo quản nguyên liệu"}}),
            Map.entry("MANAGEMENT", new String[][] {
                {"Xây dựng mô hình quản lý", "Đổi mới phương thức quản lý", "Ứng dụng phương pháp 5S trong quản lý",
                    "Cải tiến công tác quản lý", "Chuẩn hóa quy trình quản lý"},
                {"vật tư, phụ tùng", "kho hàng và tài sản", "hồ sơ nhân sự", "lịch trực và điều phối công việc",
                    "chi phí theo công đoạn", "hợp đồng và công nợ"}}),
            Map.entry("ADMINISTRATIVE_REFORM", new String[][] {
                {"Cải tiến quy trình", "Rút ngắn thời gian", "Đơn giản hóa thủ tục", "Giải pháp nâng cao chất lượng",
                    "Số hóa quy trình"},
                {"tiếp nhận hồ sơ một cửa", "chứng thực bản sao điện tử", "đăng ký hộ tịch",
                    "tiếp nhận và trả kết quả hồ sơ", "xử lý văn bản đến",
                    "giải quyết chế độ bảo hiểm xã hội cho người lao động"}}),
            Map.entry("DIGITAL", new String[][] {
                {"Ứng dụng phần mềm", "Xây dựng hệ thống", "Ứng dụng mã QR trong", "Triển khai nền tảng số", "Số hóa"},
                {"quản lý hồ sơ đoàn viên", "theo dõi tiến độ công việc", "quản lý thiết bị và bảo trì",
                    "chấm công và tính lương", "lưu trữ văn bản điện tử", "tra cứu thông tin nội bộ"}}),
            Map.entry("EDUCATION", new String[][] {
                {"Đổi mới phương pháp dạy học", "Ứng dụng công nghệ thông tin trong", "Biện pháp nâng cao chất lượng",
                    "Xây dựng học liệu số cho", "Tổ chức hoạt động trải nghiệm trong"},
                {"môn Toán lớp 10", "môn Ngữ văn", "môn Tiếng Anh", "giáo dục kỹ năng sống", "môn Vật lý",
                    "bồi dưỡng học sinh giỏi"}}),
            Map.entry("HEALTH", new String[][] {
                {"Cải tiến quy trình", "Giải pháp rút ngắn thời gian", "Ứng dụng bệnh án điện tử trong",
                    "Nâng cao chất lượng", "Chuẩn hóa công tác"},
                {"tiếp đón người bệnh ngoại trú", "cấp phát thuốc nội trú",
                    "khám sức khỏe định kỳ cho người lao động", "chăm sóc người bệnh sau phẫu thuật",
                    "kiểm soát nhiễm khuẩn", "xét nghiệm tại khoa cấp cứu"}}),
            Map.entry("AGRICULTURE", new String[][] {
                {"Mô hình", "Kỹ thuật", "Giải pháp nâng cao hiệu quả", "Ứng dụng công nghệ sinh học trong",
                    "Cơ giới hóa"},
                {"nuôi tôm thẻ chân trắng hai giai đoạn", "bảo quản sản phẩm sau thu hoạch", "nuôi cá lồng bè trên biển",
                    "trồng lúa thích ứng xâm nhập mặn", "chế biến nước mắm truyền thống", "ươm giống cây lâm nghiệp"}}),
            Map.entry("SAFETY", new String[][] {
                {"Giải pháp phòng ngừa", "Giải pháp kiểm soát nguy cơ", "Thiết bị cảnh báo sớm",
                    "Mô hình an toàn phòng chống", "Cải tiến trang bị bảo hộ phòng chống"},
                {"tai nạn khi làm việc trên cao", "cháy nổ tại kho vật tư", "điện giật khi sửa chữa lưới điện",
                    "bụi và tiếng ồn tại xưởng", "ngộ độc hóa chất", "tai nạn giao thông khi đi ca đêm"}}),
            Map.entry("ENVIRONMENT", new String[][] {
                {"Giải pháp tiết kiệm điện năng trong", "Giải pháp tiết kiệm nước trong", "Giảm phát thải trong",
                    "Phân loại và tái chế chất thải trong", "Sử dụng năng lượng mặt trời cho"},
                {"chiếu sáng khu vực sản xuất", "hệ thống điều hòa văn phòng", "vận hành lò hơi",
                    "khu nhà ăn tập thể", "trạm bơm cấp nước", "vệ sinh công nghiệp"}}),
            Map.entry("UNION_WORK", new String[][] {
                {"Đổi mới nội dung, phương thức", "Nâng cao hiệu quả", "Ứng dụng mạng xã hội trong",
                    "Xây dựng mô hình", "Giải pháp thu hút người lao động tham gia"},
                {"tuyên truyền pháp luật lao động", "đối thoại tại nơi làm việc", "phát triển đoàn viên công đoàn",
                    "chăm lo đời sống đoàn viên", "phong trào thi đua lao động giỏi",
                    "giám sát thực hiện thỏa ước lao động tập thể"}}),
            Map.entry("OTHER", new String[][] {
                {"Giải pháp cải thiện", "Mô hình", "Cách làm hay trong", "Giải pháp tiết kiệm chi phí"},
                {"tổ chức bữa ăn ca cho người lao động", "quản lý nhà xe", "xây dựng văn hóa doanh nghiệp",
                    "phòng chống thiên tai", "tổ chức hội nghị trực tuyến", "chăm sóc khách hàng"}}));

    private static final Map<String, String> GOALS = Map.ofEntries(
            Map.entry("TECHNOLOGY", "nâng cao độ tin cậy của thiết bị và giảm thời gian dừng máy"),
            Map.entry("PRODUCTION", "tăng năng suất lao động và giảm hao hụt nguyên vật liệu"),
            Map.entry("MANAGEMENT", "minh bạch số liệu và giảm thời gian tổng hợp báo cáo"),
            Map.entry("ADMINISTRATIVE_REFORM", "rút ngắn thời gian giải quyết thủ tục cho người dân và doanh nghiệp"),
            Map.entry("DIGITAL", "thay sổ sách giấy bằng dữ liệu số, tra cứu nhanh và chính xác"),
            Map.entry("EDUCATION", "nâng cao chất lượng dạy và học, phát huy tính chủ động của học sinh"),
            Map.entry("HEALTH", "giảm thời gian chờ của người bệnh và nâng cao chất lượng khám chữa bệnh"),
            Map.entry("AGRICULTURE", "tăng năng suất, giảm chi phí và thích ứng với biến đổi khí hậu"),
            Map.entry("SAFETY", "giảm nguy cơ tai nạn lao động và bệnh nghề nghiệp"),
            Map.entry("ENVIRONMENT", "tiết kiệm tài nguyên và giảm tác động đến môi trường"),
            Map.entry("UNION_WORK", "thu hút đoàn viên tham gia và nâng cao vai trò đại diện của công đoàn"),
            Map.entry("OTHER", "cải thiện điều kiện làm việc và đời sống của người lao động"));

    private static final String[] SITUATIONS = {
        "Trước đây công việc được thực hiện thủ công, mất nhiều thời gian và dễ sai sót.",
        "Quy trình cũ gồm nhiều bước trùng lặp, người lao động phải chờ đợi giữa các công đoạn.",
        "Thiết bị hiện có thường xuyên hỏng hóc, chi phí sửa chữa và thay thế lớn.",
        "Số liệu được ghi chép trên nhiều sổ sách khác nhau, khó tổng hợp và đối chiếu.",
        "Việc phối hợp giữa các bộ phận chủ yếu qua điện thoại và giấy tờ, thông tin thường chậm.",
    };

    private static final String[] SOLUTIONS = {
        "Nhóm tác giả khảo sát thực trạng, đề xuất phương án và tổ chức áp dụng thử trong ba tháng; sau đó"
                + " chuẩn hóa thành quy trình và hướng dẫn cho toàn đơn vị.",
        "Giải pháp gồm ba bước: sắp xếp lại trình tự công việc, thiết kế biểu mẫu thống nhất và giao người"
                + " phụ trách theo dõi từng khâu.",
        "Tận dụng vật tư sẵn có tại đơn vị để chế tạo, lắp đặt và hiệu chỉnh; tổ chức tập huấn cho người"
                + " trực tiếp vận hành.",
        "Xây dựng công cụ trên nền tảng sẵn có, nhập liệu một lần và dùng chung cho các bộ phận; báo cáo"
                + " được lập tự động theo tuần và tháng.",
    };

    private static final String[] NOVELTIES = {
        "Lần đầu tiên được áp dụng tại đơn vị.",
        "Khác với cách làm trước đây ở chỗ tự động hóa khâu kiểm tra, không cần ghi chép thủ công.",
        "Kết hợp hai giải pháp đã có thành một quy trình khép kín, chưa được áp dụng trong ngành tại tỉnh.",
        "Sử dụng vật liệu và thiết bị trong nước, chi phí thấp hơn nhiều so với giải pháp nhập khẩu.",
    };

    private static final String[] APPLICABILITY = {
        "Có thể nhân rộng cho các đơn vị cùng ngành trong tỉnh.",
        "Đã áp dụng ổn định tại đơn vị; có thể áp dụng ở các đơn vị có quy mô tương tự.",
        "Áp dụng được ngay, không đòi hỏi đầu tư lớn hay đào tạo phức tạp.",
    };

    private static final String[] SAVINGS = {
        "giảm chi phí vật tư", "giảm giờ công", "giảm chi phí sửa chữa", "rút ngắn thời gian xử lý",
        "giảm chi phí in ấn, văn phòng phẩm",
    };

    private static final String[] SOCIAL_BENEFITS = {
        "Giảm áp lực công việc, người lao động yên tâm gắn bó với đơn vị.",
        "Cải thiện điều kiện làm việc và an toàn cho người lao động.",
        "Người dân và khách hàng hài lòng hơn với chất lượng phục vụ.",
        "Lan tỏa tinh thần lao động sáng tạo trong đoàn viên.",
    };

    /** What stays confidential, by field; other fields keep their internal procedure. */
    private static final Map<String, String> CONFIDENTIAL_CONTENT = Map.of(
            "TECHNOLOGY", "Bản vẽ thiết kế chi tiết và thông số cài đặt của thiết bị.",
            "SAFETY", "Bản vẽ thiết kế chi tiết và thông số cài đặt của thiết bị.",
            "PRODUCTION", "Quy trình công nghệ và tỷ lệ phối liệu chi tiết.",
            "AGRICULTURE", "Công thức phối trộn thức ăn, chế phẩm và chế độ chăm sóc chi tiết.",
            "DIGITAL", "Mã nguồn và cấu trúc cơ sở dữ liệu của phần mềm.");
    private static final String CONFIDENTIAL_PROCEDURE = "Quy trình chi tiết, biểu mẫu và số liệu nội bộ của đơn vị.";

    private static final String[] RETURN_BY_UNIT = {
        "Đề nghị bổ sung số liệu so sánh trước và sau khi áp dụng.",
        "Phần mô tả giải pháp còn sơ sài, đề nghị nêu rõ các bước thực hiện.",
        "Đề nghị ghi rõ tỷ lệ đóng góp của từng tác giả.",
        "Cần bổ sung xác nhận của đơn vị về thời gian áp dụng thử.",
    };

    private static final String[] RETURN_BY_COUNCIL = {
        "Hội đồng sáng kiến đề nghị làm rõ tính mới so với giải pháp đã áp dụng tại đơn vị khác.",
        "Đề nghị bổ sung cách tính giá trị làm lợi.",
        "Hồ sơ thiếu biên bản áp dụng thử, đề nghị bổ sung.",
    };

    private static final String[] REJECT_BY_UNIT = {
        "Nội dung trùng với sáng kiến đã được công nhận năm trước.",
        "Giải pháp chưa được áp dụng thực tế tại đơn vị.",
        "Đây là nhiệm vụ chuyên môn thường xuyên, chưa phải là sáng kiến.",
    };

    private static final String[] REJECT_BY_COUNCIL = {
        "giải pháp đã được áp dụng phổ biến trong ngành.",
        "chưa chứng minh được hiệu quả sau thời gian áp dụng thử.",
        "phạm vi áp dụng hẹp, khó nhân rộng.",
    };

    private static final String[] WITHDRAW_REASONS = {
        "Tác giả rút để hoàn thiện thêm và đăng ký đợt sau.",
        "Trùng với sáng kiến của tổ khác, thống nhất rút.",
        "Đăng ký nhầm chương trình.",
    };

    private static final String[] SURNAMES = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Đinh", "Lâm", "Tạ",
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Ngọc", "Công"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hoài", "Mỹ", "Thị Thu"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn",
        "Tâm", "Thắng", "Trung", "Tuấn", "Việt",
    };
    private static final String[] FEMALE_GIVEN = {
        "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang",
        "Uyên", "Vy", "Yến", "Nhung", "Oanh",
    };

    private static final int[][] SHARES = {{100}, {50, 50}, {60, 40}, {70, 30}, {40, 30, 30}, {50, 30, 20}, {34, 33, 33}};

    // ---------------------------------------------------------------- state of one load

    private record Org(long id, String code, String name, String level, Org parent, String path, String kind) {

        Org province() {
            Org org = this;
            while (!"PROVINCE".equals(org.level)) {
                org = org.parent;
            }
            return org;
        }

        /** The name without the "grassroots union" prefix: the unit itself, as in a title. */
        String shortName() {
            return name.replaceFirst("^(Công đoàn cơ sở|CĐCS) ", "");
        }
    }

    private record Campaign(long id, String code, String name, Org organizer, Campaign parent, String path,
                            Instant opensAt, Instant closesAt, Integer targetInitiatives, BigDecimal targetCoverage,
                            int sharePercent) {

        String status(Instant now) {
            if (now.isBefore(opensAt)) {
                return "PLANNED";
            }
            return now.isBefore(closesAt) ? "OPEN" : "CLOSED";
        }

        Instant closedAt(Instant now) {
            return "CLOSED".equals(status(now)) ? closesAt : null;
        }
    }

    private record Author(String fullName, String memberCode, BigDecimal sharePercent) {
    }

    private record Step(String action, String from, String to, String actor, Instant at, String comment) {
    }

    /** An initiative while it is being made up. */
    private static final class Item {
        long id;
        Campaign campaign;
        Org unit;
        Instant registeredAt;
        String status;
        String registeredBy;
        String field;
        String title;
        String summary;
        String currentSituation;
        String solution;
        String novelty;
        String applicability;
        String benefits;
        String socialBenefit;
        LocalDate appliedFrom;
        Long estimatedValueVnd;
        boolean confidential;
        String confidentialContent;
        List<Author> authors;
        List<Step> steps;
        String decisionNumber;
        LocalDate recognitionDate;
        Org recognizedBy;
    }

    private final Connection connection;
    private final Instant now;
    private final LocalDate today;
    private final boolean postgres;
    private final Random random = new Random(SEED);
    private final Map<String, Org> orgs = new LinkedHashMap<>();
    private final Map<String, double[]> dayWeights = new HashMap<>();

    private DemoData(Connection connection, Instant now) throws SQLException {
        this.connection = connection;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(this.now, ZONE);
        this.postgres = Databases.isPostgreSQL(connection);
    }

    /**
     * Loads the demo data unless it is there already.
     *
     * @return true when it loaded the data, false when {@value #LOADED_SETTING} said it was there
     */
    public static boolean loadOnce(Connection connection, Instant now) throws SQLException {
        if (isLoaded(connection)) {
            return false;
        }
        new DemoData(connection, now).load();
        markLoaded(connection, now);
        return true;
    }

    private static boolean isLoaded(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM system_setting WHERE name = ?")) {
            select.setString(1, LOADED_SETTING);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void markLoaded(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO system_setting (name, text_value) VALUES (?, ?)")) {
            insert.setString(1, LOADED_SETTING);
            insert.setString(2, now.toString());
            insert.executeUpdate();
        }
    }

    private void load() throws SQLException {
        Org national = findNational();
        insertOrganizations(buildOrganizations(national));
        insertUsers();
        List<Campaign> campaigns = buildCampaigns(national);
        insertCampaigns(campaigns);
        List<Item> items = buildInitiatives(campaigns);
        insertInitiatives(items);
        insertAuthors(items);
        insertTransitions(items);
        insertCluster(campaigns);
    }

    // ---------------------------------------------------------------- clusters

    /**
     * One emulation cluster of Khánh Hòa's four district and sector unions, with a pact on the
     * province's open peak campaign (a target per member), so that the console shows standings.
     */
    private void insertCluster(List<Campaign> campaigns) throws SQLException {
        Org kh = orgs.get("KH");
        Campaign peak = campaigns.stream().filter(c -> c.code().equals("KH-CAODIEM-40N")).findFirst().orElseThrow();
        List<Org> members = orgs.values().stream()
                .filter(o -> "DISTRICT".equals(o.level()) && o.parent() == kh).toList();
        long clusterId = nextIds("emulation_cluster_seq", 1)[0];
        long pactId = nextIds("pact_seq", 1)[0];
        OffsetDateTime at = utc(seededAt());
        try (PreparedStatement cluster = connection.prepareStatement("INSERT INTO emulation_cluster (id, code, name,"
                + " organizer_id, parent_id, head_unit_id, version, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, 1, ?, ?)")) {
            cluster.setLong(1, clusterId);
            cluster.setString(2, "KH-CUM-1");
            cluster.setString(3, "Cụm thi đua các LĐLĐ và công đoàn ngành tỉnh Khánh Hòa");
            cluster.setLong(4, kh.id());
            cluster.setLong(5, members.get(0).id());
            cluster.setObject(6, at);
            cluster.setObject(7, at);
            cluster.executeUpdate();
        }
        try (PreparedStatement member = connection.prepareStatement(
                "INSERT INTO cluster_member (cluster_id, organization_id) VALUES (?, ?)")) {
            for (Org m : members) {
                member.setLong(1, clusterId);
                member.setLong(2, m.id());
                member.addBatch();
            }
            member.executeBatch();
        }
        try (PreparedStatement pact = connection.prepareStatement("INSERT INTO pact (id, cluster_id, campaign_id,"
                + " signed_on, target_initiatives, target_coverage_percent, version, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")) {
            pact.setLong(1, pactId);
            pact.setLong(2, clusterId);
            pact.setLong(3, peak.id());
            pact.setObject(4, LocalDate.ofInstant(peak.opensAt(), ZONE));
            pact.setInt(5, 200);
            pact.setBigDecimal(6, BigDecimal.valueOf(80));
            pact.setObject(7, at);
            pact.executeUpdate();
        }
        try (PreparedStatement target = connection.prepareStatement(
                "INSERT INTO pact_member_target (pact_id, organization_id, target_initiatives) VALUES (?, ?, ?)")) {
            int[] targets = {60, 40, 50, 50};
            for (int i = 0; i < members.size(); i++) {
                target.setLong(1, pactId);
                target.setLong(2, members.get(i).id());
                target.setInt(3, targets[i % targets.length]);
                target.addBatch();
            }
            target.executeBatch();
        }
    }

    // ---------------------------------------------------------------- organizations

    private Org findNational() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, path FROM organization WHERE code = ?")) {
            select.setString(1, NATIONAL_CODE);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The national organization " + NATIONAL_CODE
                            + " must exist before the demo data is loaded");
                }
                return new Org(rs.getLong(1), NATIONAL_CODE, rs.getString(2), "NATIONAL", null, rs.getString(3), null);
            }
        }
    }

    /** Provinces, then districts, then grassroots unions: every parent before its children. */
    private List<Org> buildOrganizations(Org national) throws SQLException {
        long[] ids = nextIds("organization_seq", PROVINCES.length + DISTRICTS.length + GRASSROOTS.length);
        int next = 0;
        orgs.put(national.code(), national);
        List<Org> created = new ArrayList<>();
        for (String[] province : PROVINCES) {
            created.add(addOrg(ids[next++], province[0], province[1], "PROVINCE", national, null));
        }
        for (String[] district : DISTRICTS) {
            Org parent = orgs.get(district[0].substring(0, district[0].indexOf('-')));
            created.add(addOrg(ids[next++], district[0], district[1], "DISTRICT", parent, null));
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (String[] unit : GRASSROOTS) {
            int number = numbers.merge(unit[0], 1, Integer::sum);
            String code = String.format(Locale.ROOT, "%s-%03d", unit[0], number);
            created.add(addOrg(ids[next++], code, unit[2], "GRASSROOTS", orgs.get(unit[0]), unit[1]));
        }
        return created;
    }

    private Org addOrg(long id, String code, String name, String level, Org parent, String kind) {
        Org org = new Org(id, code, name, level, parent, parent.path() + id + "/", kind);
        orgs.put(code, org);
        return org;
    }

    private void insertOrganizations(List<Org> created) throws SQLException {
        OffsetDateTime at = utc(seededAt());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organization (id, code, name,"
                + " name_search, org_level, parent_id, path, active, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 1, ?, ?)")) {
            for (Org org : created) {
                insert.setLong(1, org.id());
                insert.setString(2, org.code());
                insert.setString(3, org.name());
                insert.setString(4, SearchText.of(org.code() + " " + org.name()));
                insert.setString(5, org.level());
                insert.setLong(6, org.parent().id());
                insert.setString(7, org.path());
                insert.setObject(8, at);
                insert.setObject(9, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** When the demo organizations and users pretend to have been created: before their initiatives. */
    private Instant seededAt() {
        return now.minus(Duration.ofDays(HISTORY_DAYS + 30));
    }

    private List<Org> grassroots() {
        return orgs.values().stream().filter(o -> "GRASSROOTS".equals(o.level())).toList();
    }

    // ---------------------------------------------------------------- users

    private void insertUsers() throws SQLException {
        String hash = PasswordHash.of(PASSWORD);
        long[] ids = nextIds("app_user_seq", USERS.length);
        OffsetDateTime at = utc(seededAt());
        try (PreparedStatement user = connection.prepareStatement("INSERT INTO app_user (id, username, full_name,"
                + " password_hash, organization_id, active, version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, TRUE, 1, ?, ?)");
             PreparedStatement role = connection.prepareStatement(
                     "INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
            for (int i = 0; i < USERS.length; i++) {
                String[] row = USERS[i];
                user.setLong(1, ids[i]);
                user.setString(2, row[0]);
                user.setString(3, row[1]);
                user.setString(4, hash);
                user.setLong(5, orgs.get(row[3]).id());
                user.setObject(6, at);
                user.setObject(7, at);
                user.addBatch();
                role.setLong(1, ids[i]);
                role.setString(2, row[2]);
                role.addBatch();
            }
            user.executeBatch();
            role.executeBatch();
        }
    }

    private static String[] user(String username) {
        for (String[] row : USERS) {
            if (row[0].equals(username)) {
                return row;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- campaigns

    /** The programme, its phases and the provincial peak campaigns, parents first. */
    private List<Campaign> buildCampaigns(Org national) throws SQLException {
        long[] ids = nextIds("campaign_seq", 6);
        Org kg = orgs.get("KG");
        Org kh = orgs.get("KH");
        List<Campaign> campaigns = new ArrayList<>();
        Campaign programme = campaign(ids[0], "CT-1TRIEU", "Chương trình “01 triệu sáng kiến” — nỗ lực vượt khó,"
                + " sáng tạo, quyết tâm chiến thắng đại dịch COVID-19", national, null,
                LocalDate.of(2020, 7, 1), LocalDate.of(2029, 1, 1), 1_000_000, 100, 5);
        campaigns.add(programme);
        campaigns.add(campaign(ids[1], "CT-1TRIEU-GD1", "Giai đoạn 1 (2020–2023)", national, programme,
                LocalDate.of(2020, 7, 1), LocalDate.of(2024, 1, 1), 600_000, null, 0));
        Campaign phase2 = campaign(ids[2], "CT-1TRIEU-GD2", "Giai đoạn 2 (2024–2028)", national, programme,
                LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1), 400_000, null, 27);
        campaigns.add(phase2);
        LocalDate khOpens = today.minusDays(27);
        campaigns.add(campaign(ids[3], "KH-CAODIEM-40N", "Chiến dịch cao điểm 40 ngày — Khánh Hòa", kh, phase2,
                khOpens, khOpens.plusDays(40), 400, 80, 38));
        LocalDate kgCloses = today.minusDays(9);
        campaigns.add(campaign(ids[4], "KG-CAODIEM-40N", "Chiến dịch cao điểm 40 ngày — Kiên Giang", kg, phase2,
                kgCloses.minusDays(40), kgCloses, 300, 75, 30));
        LocalDate kgNextOpens = today.plusDays(20);
        campaigns.add(campaign(ids[5], "KG-CAODIEM-DOT2", "Chiến dịch cao điểm 30 ngày đợt 2 — Kiên Giang", kg,
                phase2, kgNextOpens, kgNextOpens.plusDays(30), 200, 70, 0));
        return campaigns;
    }

    /**
     * A campaign whose window runs from midnight of the first day to midnight of the last (local
     * time), kept inside its parent's window.
     */
    private static Campaign campaign(long id, String code, String name, Org organizer, Campaign parent,
                                     LocalDate opens, LocalDate closes, Integer target, Integer coverage,
                                     int sharePercent) {
        Instant opensAt = midnight(opens);
        Instant closesAt = midnight(closes);
        if (parent != null) {
            opensAt = opensAt.isBefore(parent.opensAt()) ? parent.opensAt() : opensAt;
            closesAt = closesAt.isAfter(parent.closesAt()) ? parent.closesAt() : closesAt;
        }
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        BigDecimal coverageDecimal = coverage == null ? null : BigDecimal.valueOf(coverage).setScale(2);
        return new Campaign(id, code, name, organizer, parent, path, opensAt, closesAt, target, coverageDecimal,
                sharePercent);
    }

    private void insertCampaigns(List<Campaign> campaigns) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, code, name,"
                + " organizer_id, parent_id, path, opens_at, closes_at, target_initiatives, target_coverage_percent,"
                + " status, closed_at, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            for (Campaign c : campaigns) {
                Instant created = min(c.opensAt().minus(Duration.ofDays(7)), now);
                Instant closedAt = c.closedAt(now);
                insert.setLong(1, c.id());
                insert.setString(2, c.code());
                insert.setString(3, c.name());
                insert.setLong(4, c.organizer().id());
                setNullable(insert, 5, c.parent() == null ? null : c.parent().id(), Types.BIGINT);
                insert.setString(6, c.path());
                insert.setObject(7, utc(c.opensAt()));
                insert.setObject(8, utc(c.closesAt()));
                setNullable(insert, 9, c.targetInitiatives(), Types.INTEGER);
                setNullable(insert, 10, c.targetCoverage(), Types.NUMERIC);
                insert.setString(11, c.status(now));
                setNullable(insert, 12, utc(closedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(13, utc(created));
                insert.setObject(14, utc(closedAt == null ? created : closedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // ---------------------------------------------------------------- initiatives: who, where, when

    private List<Item> buildInitiatives(List<Campaign> campaigns) throws SQLException {
        int total = STATUS_COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Item item = new Item();
            item.campaign = pickCampaign(campaigns);
            item.unit = pickUnit(item.campaign);
            item.registeredAt = registrationMoment(item.campaign);
            items.add(item);
        }
        assignStatuses(items);
        items.sort(Comparator.comparing((Item it) -> it.registeredAt));
        for (Item item : items) {
            item.registeredBy = registrar(item.unit);
            item.authors = authors(item);
            describe(item);
            item.steps = history(item);
        }
        numberRecognitions(items);
        long[] ids = nextIds("initiative_seq", items.size());
        for (int i = 0; i < items.size(); i++) {
            items.get(i).id = ids[i];
        }
        return items;
    }

    private Campaign pickCampaign(List<Campaign> campaigns) {
        int roll = random.nextInt(100);
        for (Campaign c : campaigns) {
            roll -= c.sharePercent();
            if (roll < 0) {
                return c;
            }
        }
        throw new IllegalStateException("Campaign shares must add up to 100");
    }

    /**
     * A grassroots union inside the organizer's subtree; the demo users' units register more than
     * the others, and a few units register nothing.
     */
    private Org pickUnit(Campaign campaign) {
        List<Org> units = grassroots();
        double[] weights = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Org unit = units.get(i);
            boolean inScope = unit.path().startsWith(campaign.organizer().path());
            boolean uncovered = i % UNCOVERED_EVERY == UNCOVERED_EVERY - 1;
            weights[i] = !inScope || uncovered ? 0 : isDemoUnit(unit) ? 6 : 1;
        }
        return units.get(pickWeighted(weights));
    }

    private static boolean isDemoUnit(Org unit) {
        String[] officer = user(unit.province().code().toLowerCase(Locale.ROOT) + ".unit");
        return officer != null && officer[3].equals(unit.code());
    }

    /**
     * A moment inside the campaign's window, in the last {@value #HISTORY_DAYS} days, mostly in
     * office hours, fewer at weekends and more towards the end of a short campaign.
     */
    private Instant registrationMoment(Campaign campaign) {
        Instant from = max(campaign.opensAt(), now.minus(Duration.ofDays(HISTORY_DAYS)));
        Instant to = min(campaign.closesAt(), now.minus(Duration.ofMinutes(10)));
        LocalDate first = LocalDate.ofInstant(from, ZONE);
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(to.minusSeconds(1), ZONE)) + 1;
        double[] weights = dayWeights.computeIfAbsent(campaign.code(), code -> dayWeights(campaign, first, days));
        LocalDate day = first.plusDays(pickWeighted(weights));
        int minute = random.nextInt(10) == 0 ? 19 * 60 + random.nextInt(180) : 7 * 60 + random.nextInt(630);
        Instant moment = midnight(day).plusSeconds(minute * 60L + random.nextInt(60));
        if (!moment.isBefore(to)) {
            moment = to.minusSeconds(1 + random.nextInt(3600));
        }
        if (moment.isBefore(from)) {
            moment = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
        }
        return moment;
    }

    private double[] dayWeights(Campaign campaign, LocalDate first, int days) {
        boolean peak = Duration.between(campaign.opensAt(), campaign.closesAt()).toDays() < 120;
        double[] weights = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            double progress = peak
                    ? (double) Duration.between(campaign.opensAt(), midnight(day)).toHours()
                            / Duration.between(campaign.opensAt(), campaign.closesAt()).toHours()
                    : (double) d / days;
            double weekday = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.25
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.55 : 1.0;
            double trend = 1 + (peak ? 2.5 : 0.8) * progress * progress;
            weights[d] = weekday * trend * (0.6 + 0.8 * random.nextDouble()) * dayElapsed(day);
        }
        return weights;
    }

    /** The share of a day's office hours (07:00–17:30) already past: 1 for earlier days. */
    private double dayElapsed(LocalDate day) {
        if (day.isBefore(today)) {
            return 1;
        }
        double hours = Duration.between(midnight(day).plus(Duration.ofHours(7)), now).toMinutes() / 60.0;
        return Math.max(0.05, Math.min(1, hours / 10.5));
    }

    /**
     * Exactly {@link #STATUS_COUNTS}, handed out so that recent registrations are mostly drafts and
     * submissions and older ones have mostly been decided.
     */
    private void assignStatuses(List<Item> items) {
        record Ranked(String status, double key) {
        }
        List<Ranked> ranked = new ArrayList<>();
        STATUS_COUNTS.forEach((status, count) -> {
            for (int i = 0; i < count; i++) {
                ranked.add(new Ranked(status, MATURITY.get(status) + 3 * random.nextDouble()));
            }
        });
        ranked.sort(Comparator.comparingDouble(Ranked::key));
        List<Item> newestFirst = new ArrayList<>(items);
        newestFirst.sort(Comparator.comparing((Item it) -> it.registeredAt).reversed());
        for (int i = 0; i < newestFirst.size(); i++) {
            newestFirst.get(i).status = ranked.get(i).status();
        }
    }

    /**
     * At the demo users' units the member or the unit officer registers; elsewhere the provincial
     * system or the federation officer does.
     */
    private String registrar(Org unit) {
        String province = unit.province().code().toLowerCase(Locale.ROOT);
        if (isDemoUnit(unit)) {
            return random.nextInt(10) < 6 ? province + ".member" : province + ".unit";
        }
        if (user(province + ".integration") != null && random.nextInt(4) > 0) {
            return province + ".integration";
        }
        return province + ".federation";
    }

    /** Who verifies, returns or rejects at the unit level: the unit officer, else whoever registered for the unit. */
    private static String unitLevelActor(Item item) {
        String province = item.unit.province().code().toLowerCase(Locale.ROOT);
        if (isDemoUnit(item.unit)) {
            return province + ".unit";
        }
        return item.registeredBy.endsWith(".integration") ? item.registeredBy : province + ".federation";
    }

    private static String reviewer(Item item) {
        return item.unit.province().code().toLowerCase(Locale.ROOT) + ".reviewer";
    }

    // ---------------------------------------------------------------- initiatives: content

    private List<Author> authors(Item item) {
        int count = random.nextInt(100) < 45 ? 1 : random.nextInt(100) < 64 ? 2 : 3;
        int[] shares = sharesFor(count);
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal share = shares == null ? null : BigDecimal.valueOf(shares[i]).setScale(2);
            String[] member = i == 0 && item.registeredBy.endsWith(".member") ? user(item.registeredBy) : null;
            if (member != null) {
                authors.add(new Author(member[1], member[4], share));
            } else {
                String code = random.nextInt(10) < 7
                        ? String.format(Locale.ROOT, "%s-%04d", item.unit.code(), 1 + random.nextInt(2000)) : null;
                authors.add(new Author(personName(), code, share));
            }
        }
        return authors;
    }

    /** Shares that add up to 100, or null (no shares given) for about a third. */
    private int[] sharesFor(int count) {
        if (random.nextInt(10) < 3) {
            return null;
        }
        List<int[]> fitting = new ArrayList<>();
        for (int[] shares : SHARES) {
            if (shares.length == count) {
                fitting.add(shares);
            }
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    private String personName() {
        boolean female = random.nextBoolean();
        return pick(SURNAMES) + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                + pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    }

    private void describe(Item item) {
        item.field = fieldFor(item.unit);
        String[][] parts = TITLE_PARTS.get(item.field);
        String title = pick(parts[0]) + " " + pick(parts[1]);
        item.title = random.nextInt(10) < 4 ? title + " tại " + item.unit.shortName() : title;
        LocalDate registered = LocalDate.ofInstant(item.registeredAt, ZONE);
        item.appliedFrom = random.nextInt(100) < 15 ? null : registered.minusDays(10 + random.nextInt(170));
        item.estimatedValueVnd = random.nextInt(100) < 25 ? null : estimatedValue();
        item.summary = "Sáng kiến “" + item.title + "” nhằm " + GOALS.get(item.field) + "."
                + (item.appliedFrom == null ? "" : " Đã áp dụng thử tại đơn vị từ ngày " + DAY.format(item.appliedFrom) + ".");
        item.currentSituation = pick(SITUATIONS);
        item.solution = pick(SOLUTIONS);
        item.novelty = pick(NOVELTIES);
        item.applicability = pick(APPLICABILITY);
        item.benefits = item.estimatedValueVnd == null
                ? "Hiệu quả chủ yếu về mặt xã hội, chưa tính được thành tiền."
                : "Giá trị làm lợi ước tính " + vnd(item.estimatedValueVnd) + " đồng mỗi năm nhờ "
                        + ("ENVIRONMENT".equals(item.field) ? "giảm tiêu thụ điện, nước" : pick(SAVINGS)) + ".";
        item.socialBenefit = random.nextInt(10) < 3 ? null : pick(SOCIAL_BENEFITS);
        item.confidential = random.nextInt(100) < 8;
        item.confidentialContent = item.confidential
                ? CONFIDENTIAL_CONTENT.getOrDefault(item.field, CONFIDENTIAL_PROCEDURE) : null;
    }

    private String fieldFor(Org unit) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return "UNION_WORK";
        }
        return roll < 11 ? "OTHER" : pick(FIELDS_BY_KIND.get(unit.kind()));
    }

    /** From 5 million to 1.5 billion đồng, spread evenly over the orders of magnitude, in whole 100,000s. */
    private long estimatedValue() {
        double log = Math.log(5e6) + random.nextDouble() * (Math.log(1.5e9) - Math.log(5e6));
        return Math.round(Math.exp(log) / 100_000) * 100_000;
    }

    private static String vnd(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    // ---------------------------------------------------------------- initiatives: history

    /** The statuses an initiative went through, from its registration to its status now. */
    private List<String> statusPath(String status) {
        if (DRAFT.equals(status)) {
            return List.of(DRAFT);
        }
        List<String> path = new ArrayList<>();
        int roll = random.nextInt(100);
        if (WITHDRAWN.equals(status) && roll < 25) {
            path.add(DRAFT);
        } else {
            path.addAll(roll < 60 ? List.of(SUBMITTED) : roll < 85 ? List.of(DRAFT, SUBMITTED)
                    : List.of(SUBMITTED, RETURNED, SUBMITTED));
        }
        switch (status) {
            case VERIFIED -> path.add(VERIFIED);
            case RECOGNIZED -> path.addAll(List.of(VERIFIED, RECOGNIZED));
            case REJECTED, RETURNED -> {
                if (random.nextBoolean()) {
                    path.add(VERIFIED);
                }
                path.add(status);
            }
            case WITHDRAWN -> {
                // From DRAFT or SUBMITTED as the path stands, or from one step further.
                int from = random.nextInt(3);
                boolean submitted = SUBMITTED.equals(path.get(path.size() - 1));
                if (submitted && from == 1) {
                    path.add(VERIFIED);
                } else if (submitted && from == 2) {
                    path.add(RETURNED);
                }
                path.add(WITHDRAWN);
            }
            default -> {
                // SUBMITTED: the path ends there
            }
        }
        return path;
    }

    private List<Step> history(Item item) {
        List<String> path = statusPath(item.status);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(InitiativeTransition.REGISTER, null, path.get(0), item.registeredBy, item.registeredAt, null));
        long[] gaps = new long[path.size()];
        long total = 0;
        for (int i = 1; i < path.size(); i++) {
            gaps[i] = gapSeconds(path.get(i - 1), path.get(i));
            total += gaps[i];
        }
        long available = Duration.between(item.registeredAt, now).toSeconds() - 60;
        double scale = total > available * 0.95 ? available * 0.95 / total : 1;
        Instant at = item.registeredAt;
        for (int i = 1; i < path.size(); i++) {
            String from = path.get(i - 1);
            String to = path.get(i);
            at = at.plusSeconds(Math.max(1, (long) (gaps[i] * scale)));
            if (DRAFT.equals(from) && SUBMITTED.equals(to) && !at.isBefore(item.campaign.closesAt())) {
                // Submitting a draft needs the campaign open.
                Instant previous = steps.get(steps.size() - 1).at();
                at = previous.plusSeconds(Math.max(1, Duration.between(previous, item.campaign.closesAt()).toSeconds() / 2));
            }
            steps.add(transition(item, from, to, at));
        }
        return steps;
    }

    /** How long the step from one status to the next typically takes. */
    private long gapSeconds(String from, String to) {
        long hour = 3600;
        long base = switch (to) {
            case SUBMITTED -> RETURNED.equals(from) ? hour + random.nextInt(72) * hour : 600 + random.nextInt(48) * hour;
            case VERIFIED -> 4 * hour + random.nextInt(5 * 24) * hour;
            case RECOGNIZED -> 24 * hour + random.nextInt(10 * 24) * hour;
            case REJECTED, RETURNED -> (VERIFIED.equals(from) ? 24 : 4) * hour + random.nextInt(5 * 24) * hour;
            default -> hour + random.nextInt(5 * 24) * hour;
        };
        return base + random.nextInt(3600);
    }

    private Step transition(Item item, String from, String to, Instant at) {
        boolean council = VERIFIED.equals(from);
        return switch (to) {
            case SUBMITTED -> new Step("SUBMIT", from, to, item.registeredBy, at,
                    RETURNED.equals(from) ? "Đã bổ sung, hoàn thiện hồ sơ theo yêu cầu." : null);
            case VERIFIED -> new Step("VERIFY", from, to, unitLevelActor(item), at, random.nextBoolean() ? null
                    : "Đã kiểm tra hồ sơ, đề nghị Hội đồng sáng kiến xem xét công nhận.");
            case RECOGNIZED -> {
                int score = 50 + random.nextInt(49);
                String grade = score >= 85 ? "A" : score >= 70 ? "B" : "C";
                item.recognitionDate = LocalDate.ofInstant(at, ZONE);
                item.recognizedBy = item.unit.province();
                yield new Step("RECOGNIZE", from, to, reviewer(item), at,
                        "Hội đồng sáng kiến chấm " + score + " điểm, xếp loại " + grade + ".");
            }
            case REJECTED -> new Step("REJECT", from, to, council ? reviewer(item) : unitLevelActor(item), at,
                    council ? "Hội đồng sáng kiến chấm " + (20 + random.nextInt(29)) + " điểm, chưa đạt mức công nhận: "
                            + pick(REJECT_BY_COUNCIL) : pick(REJECT_BY_UNIT));
            case RETURNED -> new Step("RETURN", from, to, council ? reviewer(item) : unitLevelActor(item), at,
                    pick(council ? RETURN_BY_COUNCIL : RETURN_BY_UNIT));
            case WITHDRAWN -> new Step("WITHDRAW", from, to, item.registeredBy, at,
                    random.nextBoolean() ? pick(WITHDRAW_REASONS) : null);
            default -> throw new IllegalArgumentException("No step leads to " + to);
        };
    }

    /** Decision numbers per recognising province, increasing with the date of the decision. */
    private void numberRecognitions(List<Item> items) {
        List<Item> recognized = new ArrayList<>(items.stream().filter(it -> it.recognizedBy != null).toList());
        recognized.sort(Comparator.comparing((Item it) -> it.steps.get(it.steps.size() - 1).at()));
        Map<String, Integer> numbers = new HashMap<>();
        for (Item item : recognized) {
            int number = numbers.merge(item.recognizedBy.code(), 112, (last, start) -> last + 1 + random.nextInt(3));
            item.decisionNumber = number + "/QĐ-LĐLĐ";
        }
    }

    // ---------------------------------------------------------------- initiatives: rows

    private void insertInitiatives(List<Item> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO initiative (id, campaign_id,"
                + " unit_id, title, title_search, field_code, summary, current_situation, solution, novelty,"
                + " applicability, benefits, social_benefit, owner_name, applied_from, estimated_value_vnd,"
                + " confidential, confidential_content, status, registered_at, registered_by, updated_at,"
                + " recognition_decision_no, recognition_date, recognized_by_id, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Item item : items) {
                int c = 1;
                insert.setLong(c++, item.id);
                insert.setLong(c++, item.campaign.id());
                insert.setLong(c++, item.unit.id());
                insert.setString(c++, item.title);
                insert.setString(c++, SearchText.of(item.title));
                insert.setString(c++, item.field);
                insert.setString(c++, item.summary);
                setNullable(insert, c++, item.currentSituation, Types.VARCHAR);
                setNullable(insert, c++, item.solution, Types.VARCHAR);
                setNullable(insert, c++, item.novelty, Types.VARCHAR);
                setNullable(insert, c++, item.applicability, Types.VARCHAR);
                setNullable(insert, c++, item.benefits, Types.VARCHAR);
                setNullable(insert, c++, item.socialBenefit, Types.VARCHAR);
                insert.setString(c++, item.unit.shortName());
                setNullable(insert, c++, item.appliedFrom, Types.DATE);
                setNullable(insert, c++, item.estimatedValueVnd, Types.BIGINT);
                insert.setBoolean(c++, item.confidential);
                setNullable(insert, c++, item.confidentialContent, Types.VARCHAR);
                insert.setString(c++, item.status);
                insert.setObject(c++, utc(item.registeredAt));
                insert.setString(c++, item.registeredBy);
                insert.setObject(c++, utc(item.steps.get(item.steps.size() - 1).at()));
                setNullable(insert, c++, item.decisionNumber, Types.VARCHAR);
                setNullable(insert, c++, item.recognitionDate, Types.DATE);
                setNullable(insert, c++, item.recognizedBy == null ? null : item.recognizedBy.id(), Types.BIGINT);
                insert.setLong(c, item.steps.size()); // one version per change since the registration
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertAuthors(List<Item> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO initiative_author (initiative_id,"
                + " author_order, full_name, member_code, share_percent) VALUES (?, ?, ?, ?, ?)")) {
            for (Item item : items) {
                for (int order = 0; order < item.authors.size(); order++) {
                    Author author = item.authors.get(order);
                    insert.setLong(1, item.id);
                    insert.setInt(2, order);
                    insert.setString(3, author.fullName());
                    setNullable(insert, 4, author.memberCode(), Types.VARCHAR);
                    setNullable(insert, 5, author.sharePercent(), Types.NUMERIC);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertTransitions(List<Item> items) throws SQLException {
        long[] ids = nextIds("initiative_transition_seq", items.stream().mapToInt(it -> it.steps.size()).sum());
        int next = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO initiative_transition (id,"
                + " initiative_id, action, from_status, to_status, actor, happened_at, comment_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Item item : items) {
                for (Step step : item.steps) {
                    insert.setLong(1, ids[next++]);
                    insert.setLong(2, item.id);
                    insert.setString(3, step.action());
                    setNullable(insert, 4, step.from(), Types.VARCHAR);
                    insert.setString(5, step.to());
                    insert.setString(6, step.actor());
                    insert.setObject(7, utc(step.at()));
                    setNullable(insert, 8, step.comment(), Types.VARCHAR);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * {@code count} values of a sequence, in increasing order, one per row to be written: each is
     * used exactly as drawn, which never falls inside a block of 50 that JPA allocated.
     */
    private long[] nextIds(String sequence, int count) throws SQLException {
        String sql = postgres
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
        long[] ids = new long[count];
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, count);
            try (ResultSet rs = select.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    if (!rs.next()) {
                        throw new SQLException("Sequence " + sequence + " gave fewer than " + count + " values");
                    }
                    ids[i] = rs.getLong(1);
                }
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    private int pickWeighted(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double roll = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("Nothing to choose from");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return map;
    }
}
