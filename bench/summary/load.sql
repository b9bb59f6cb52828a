-- National-scale dataset for the summary benchmark, generated inside PostgreSQL (generate_series).
--
--   psql -h 127.0.0.1 -U postgres -d sangkien_national -v scale=1 -f bench/summary/load.sql
--
-- Expects a database whose schema the application's Flyway migrations created and whose bootstrap
-- created the national organization TLD (start the application once on the empty database).
-- scale=1 is the national dataset: 34 provinces, 700 districts, 130,000 grassroots unions,
-- 2,400,000 initiatives, 136 clusters and 272 blocks with 136 pacts. scale=0.01 is one
-- hundredth of the grassroots unions and initiatives (provinces, districts and clusters stay).
--
-- Ids: every table's ids start just past its sequence's last value, and the sequences are moved
-- past the inserted ids at the end (EclipseLink takes a drawn value v as the last id of the block
-- [v-49, v]), so the application's later allocations never collide.
--
-- Speed: the initiative table's secondary indexes are dropped before the load and re-created
-- with their exact definitions afterwards; foreign-key triggers are off during the load
-- (session_replication_role = replica) and the references are checked by queries at the end.
-- Not loaded: initiative authors, transitions, reviews, users (the summaries do not read them).

\set ON_ERROR_STOP on
\if :{?scale}
\else
\set scale 1
\endif
\timing on

SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET session_replication_role = replica;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM organization WHERE code = 'TLD' AND org_level = 'NATIONAL') THEN
        RAISE EXCEPTION 'No national organization TLD: start the application once on this database first';
    END IF;
    IF EXISTS (SELECT 1 FROM organization WHERE org_level <> 'NATIONAL') OR EXISTS (SELECT 1 FROM initiative) THEN
        RAISE EXCEPTION 'The database already holds organizations or initiatives: load into a fresh one';
    END IF;
END $$;

SELECT setseed(0.2025);

CREATE TEMP TABLE params AS
SELECT (SELECT id FROM organization WHERE code = 'TLD') AS tld_id,
       (SELECT path FROM organization WHERE code = 'TLD') AS tld_path,
       (SELECT last_value FROM organization_seq) + 1 AS org_base,
       (SELECT last_value FROM campaign_seq) + 1 AS camp_base,
       (SELECT last_value FROM initiative_seq) + 1 AS init_base,
       (SELECT last_value FROM emulation_cluster_seq) + 1 AS cluster_base,
       (SELECT last_value FROM pact_seq) + 1 AS pact_base,
       greatest(34, round(130000 * :scale))::int AS n_grassroots,
       greatest(100, round(2400000 * :scale))::int AS n_initiatives,
       date_trunc('hour', now()) AS t0;
SELECT * FROM params;

-- ---------------------------------------------------------------- organizations
-- The 34 provinces after the 2025 merger: name and its searchable (folded) form.
CREATE TEMP TABLE province (p int PRIMARY KEY, slug text, vi text, ascii text);
INSERT INTO province (p, slug, vi, ascii) VALUES
 (1, 'HNI', 'Hà Nội', 'ha noi'), (2, 'HUE', 'Huế', 'hue'), (3, 'LCU', 'Lai Châu', 'lai chau'),
 (4, 'DBN', 'Điện Biên', 'dien bien'), (5, 'SLA', 'Sơn La', 'son la'), (6, 'LSN', 'Lạng Sơn', 'lang son'),
 (7, 'QNH', 'Quảng Ninh', 'quang ninh'), (8, 'THA', 'Thanh Hóa', 'thanh hoa'), (9, 'NAN', 'Nghệ An', 'nghe an'),
 (10, 'HTH', 'Hà Tĩnh', 'ha tinh'), (11, 'CBG', 'Cao Bằng', 'cao bang'), (12, 'TQG', 'Tuyên Quang', 'tuyen quang'),
 (13, 'LCI', 'Lào Cai', 'lao cai'), (14, 'TNN', 'Thái Nguyên', 'thai nguyen'), (15, 'PTO', 'Phú Thọ', 'phu tho'),
 (16, 'BNH', 'Bắc Ninh', 'bac ninh'), (17, 'HYN', 'Hưng Yên', 'hung yen'), (18, 'HPG', 'Hải Phòng', 'hai phong'),
 (19, 'NBH', 'Ninh Bình', 'ninh binh'), (20, 'QTI', 'Quảng Trị', 'quang tri'), (21, 'DNG', 'Đà Nẵng', 'da nang'),
 (22, 'QNI', 'Quảng Ngãi', 'quang ngai'), (23, 'GLI', 'Gia Lai', 'gia lai'), (24, 'KHA', 'Khánh Hòa', 'khanh hoa'),
 (25, 'LDG', 'Lâm Đồng', 'lam dong'), (26, 'DLK', 'Đắk Lắk', 'dak lak'), (27, 'HCM', 'Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'),
 (28, 'DNI', 'Đồng Nai', 'dong nai'), (29, 'TNH', 'Tây Ninh', 'tay ninh'), (30, 'CTO', 'Cần Thơ', 'can tho'),
 (31, 'VLG', 'Vĩnh Long', 'vinh long'), (32, 'DTP', 'Đồng Tháp', 'dong thap'), (33, 'CMU', 'Cà Mau', 'ca mau'),
 (34, 'AGG', 'An Giang', 'an giang');

-- 34 provinces: ids org_base + p, codes P01..P34.
INSERT INTO organization (id, code, name, name_search, org_level, parent_id, path, active, version, created_at, updated_at)
SELECT x.org_base + pr.p, 'P' || lpad(pr.p::text, 2, '0'),
       'Liên đoàn Lao động ' || pr.vi,
       ' p' || lpad(pr.p::text, 2, '0') || ' lien doan lao dong ' || pr.ascii,
       'PROVINCE', x.tld_id, x.tld_path || (x.org_base + pr.p) || '/', true, 1, x.t0 - interval '400 days', x.t0 - interval '400 days'
FROM province pr, params x;

-- 700 districts (20 or 21 per province): ids org_base + 100 + d, codes P01-D01...
CREATE TEMP TABLE district AS
SELECT d, ((d - 1) % 34) + 1 AS p, ((d - 1) / 34) + 1 AS k, x.org_base + 100 + d AS id
FROM generate_series(1, 700) d, params x;
CREATE UNIQUE INDEX ON district (d);
ANALYZE district;

INSERT INTO organization (id, code, name, name_search, org_level, parent_id, path, active, version, created_at, updated_at)
SELECT dt.id, 'P' || lpad(dt.p::text, 2, '0') || '-D' || lpad(dt.k::text, 2, '0'),
       (ARRAY['Liên đoàn Lao động khu vực ', 'Công đoàn Khu công nghiệp ', 'Công đoàn ngành Giáo dục khu vực ',
              'Công đoàn ngành Y tế khu vực '])[1 + dt.k % 4] || dt.k || ' ' || pr.vi,
       ' p' || lpad(dt.p::text, 2, '0') || ' d' || lpad(dt.k::text, 2, '0') || ' '
           || (ARRAY['lien doan lao dong khu vuc ', 'cong doan khu cong nghiep ', 'cong doan nganh giao duc khu vuc ',
                     'cong doan nganh y te khu vuc '])[1 + dt.k % 4] || dt.k || ' ' || pr.ascii,
       'DISTRICT', x.org_base + dt.p, x.tld_path || (x.org_base + dt.p) || '/' || dt.id || '/', true, 1,
       x.t0 - interval '400 days', x.t0 - interval '400 days'
FROM district dt JOIN province pr ON pr.p = dt.p, params x;

-- Grassroots unions: ids org_base + 1000 + g, codes CS000001...; every 500th sits directly under
-- a province, the others under the districts in turn; every 397th is inactive (dissolved).
CREATE TEMP TABLE grassroots AS
SELECT g, x.org_base + 1000 + g AS id,
       CASE WHEN g % 500 = 0 THEN ((g / 500 - 1) % 34) + 1 ELSE ((((g - 1) % 700)) % 34) + 1 END AS p,
       CASE WHEN g % 500 = 0 THEN NULL ELSE ((g - 1) % 700) + 1 END AS d,
       g % 397 <> 0 AS active
FROM generate_series(1, (SELECT n_grassroots FROM params)) g, params x;
CREATE UNIQUE INDEX ON grassroots (g);
ANALYZE grassroots;

INSERT INTO organization (id, code, name, name_search, org_level, parent_id, path, active, version, created_at, updated_at)
SELECT gr.id, 'CS' || lpad(gr.g::text, 6, '0'),
       'Công đoàn cơ sở ' || (ARRAY['Công ty Cổ phần ', 'Trường Tiểu học ', 'Bệnh viện Đa khoa ', 'Công ty TNHH ',
                                     'Nhà máy ', 'Ủy ban nhân dân xã ', 'Trường Trung học cơ sở ', 'Hợp tác xã '])[1 + gr.g % 8]
           || (ARRAY['Hòa Bình', 'Thành Công', 'Đại Phát', 'Tân Tiến', 'Việt Hưng', 'An Phú', 'Minh Khai', 'Sông Hồng',
                     'Quang Trung', 'Lê Lợi', 'Phú Mỹ', 'Hưng Thịnh'])[1 + (gr.g / 8) % 12] || ' số ' || gr.g,
       ' cs' || lpad(gr.g::text, 6, '0') || ' cong doan co so '
           || (ARRAY['cong ty co phan ', 'truong tieu hoc ', 'benh vien da khoa ', 'cong ty tnhh ',
                     'nha may ', 'uy ban nhan dan xa ', 'truong trung hoc co so ', 'hop tac xa '])[1 + gr.g % 8]
           || (ARRAY['hoa binh', 'thanh cong', 'dai phat', 'tan tien', 'viet hung', 'an phu', 'minh khai', 'song hong',
                     'quang trung', 'le loi', 'phu my', 'hung thinh'])[1 + (gr.g / 8) % 12] || ' so ' || gr.g,
       'GRASSROOTS', coalesce(dt.id, x.org_base + gr.p),
       x.tld_path || (x.org_base + gr.p) || '/' || coalesce(dt.id || '/', '') || gr.id || '/',
       gr.active, 1, x.t0 - interval '400 days', x.t0 - interval '400 days'
FROM grassroots gr LEFT JOIN district dt ON dt.d = gr.d, params x;

-- ---------------------------------------------------------------- campaigns
-- NAT-PROG (TLD) with phases NAT-PROG-GD1 (closed) and NAT-PROG-GD2 (open); under GD2 one peak
-- campaign per province, P01-CAO-DIEM..., organized by the province, its window containing now.
INSERT INTO campaign (id, code, name, organizer_id, parent_id, path, opens_at, closes_at, target_initiatives,
                      target_coverage_percent, status, closed_at, version, created_at, updated_at)
SELECT x.camp_base, 'NAT-PROG', 'Chương trình "01 triệu sáng kiến" toàn quốc', x.tld_id, NULL,
       '/' || x.camp_base || '/', x.t0 - interval '300 days', x.t0 + interval '400 days',
       round(1000000 * :scale * 2)::int, 100.00, 'OPEN', NULL, 1, x.t0 - interval '310 days', x.t0 - interval '310 days'
FROM params x
UNION ALL
SELECT x.camp_base + 1, 'NAT-PROG-GD1', 'Giai đoạn 1', x.tld_id, x.camp_base,
       '/' || x.camp_base || '/' || (x.camp_base + 1) || '/', x.t0 - interval '300 days', x.t0 - interval '100 days',
       NULL, NULL, 'CLOSED', x.t0 - interval '100 days', 2, x.t0 - interval '310 days', x.t0 - interval '100 days'
FROM params x
UNION ALL
SELECT x.camp_base + 2, 'NAT-PROG-GD2', 'Giai đoạn 2', x.tld_id, x.camp_base,
       '/' || x.camp_base || '/' || (x.camp_base + 2) || '/', x.t0 - interval '100 days', x.t0 + interval '300 days',
       NULL, NULL, 'OPEN', NULL, 2, x.t0 - interval '310 days', x.t0 - interval '100 days'
FROM params x;

INSERT INTO campaign (id, code, name, organizer_id, parent_id, path, opens_at, closes_at, target_initiatives,
                      target_coverage_percent, status, closed_at, version, created_at, updated_at)
SELECT x.camp_base + 10 + pr.p, 'P' || lpad(pr.p::text, 2, '0') || '-CAO-DIEM',
       'Đợt cao điểm thi đua sáng kiến ' || pr.vi, x.org_base + pr.p, x.camp_base + 2,
       '/' || x.camp_base || '/' || (x.camp_base + 2) || '/' || (x.camp_base + 10 + pr.p) || '/',
       x.t0 - interval '30 days', x.t0 + interval '30 days', NULL, 90.00, 'OPEN', NULL, 2,
       x.t0 - interval '40 days', x.t0 - interval '30 days'
FROM province pr, params x;

-- ---------------------------------------------------------------- initiatives
-- Units that take part (about 87 % of the active grassroots unions), in random order so that the
-- skew of the unit choice below is not tied to a province.
CREATE TEMP TABLE unit_pick AS
SELECT row_number() OVER (ORDER BY random()) AS rn, gr.id, gr.p
FROM grassroots gr WHERE gr.active AND random() < 0.87;
CREATE UNIQUE INDEX ON unit_pick (rn);
ANALYZE unit_pick;

-- Drop the initiative table's secondary indexes (re-created below with their exact definitions).
CREATE TEMP TABLE saved_index AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename = 'initiative' AND indexname <> 'initiative_pkey';
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM saved_index LOOP
        EXECUTE format('DROP INDEX %I', r.indexname);
    END LOOP;
END $$;

-- Initiative n registers at t0 - 300 days * (1 - n/N)^8: a rising curve with about three quarters
-- of the registrations in the peak window (the last 30 days). Before GD2 opens they go to GD1;
-- inside the peak window 92 % go to the unit's province peak campaign, the rest to GD2 itself.
-- The unit is drawn with a skew (some units register many, none fewer than about 13 on average).
-- Statuses: 5 % DRAFT, 25 % SUBMITTED, 20 % VERIFIED, 35 % RECOGNIZED, 5 % REJECTED, 5 % RETURNED,
-- 5 % WITHDRAWN.
INSERT INTO initiative (id, campaign_id, unit_id, title, title_search, field_code, summary, current_situation,
                        solution, novelty, applicability, benefits, social_benefit, owner_name, applied_from,
                        estimated_value_vnd, confidential, confidential_content, status, registered_at,
                        registered_by, updated_at, recognition_decision_no, recognition_date, recognized_by_id, version)
SELECT x.init_base + s.n,
       CASE WHEN s.at < x.t0 - interval '100 days' THEN x.camp_base + 1
            WHEN s.at >= x.t0 - interval '30 days' AND s.rc < 0.92 THEN x.camp_base + 10 + u.p
            ELSE x.camp_base + 2 END,
       u.id,
       w.verb_vi || ' ' || w.object_vi || ' ' || w.place_vi || ' (' || s.n || ')',
       ' ' || w.verb_ascii || ' ' || w.object_ascii || ' ' || w.place_ascii || ' ' || s.n,
       (ARRAY['TECHNOLOGY', 'PRODUCTION', 'MANAGEMENT', 'ADMINISTRATIVE_REFORM', 'DIGITAL', 'EDUCATION', 'HEALTH',
              'AGRICULTURE', 'SAFETY', 'ENVIRONMENT', 'UNION_WORK', 'OTHER'])[1 + (s.n * 7 + s.n / 13) % 12],
       'Sáng kiến ' || lower(w.verb_vi) || ' ' || w.object_vi || ' nhằm giảm thời gian xử lý, tiết kiệm vật tư và '
           || 'nâng cao năng suất lao động; đã áp dụng thử nghiệm tại đơn vị và được tập thể người lao động ghi nhận.',
       'Trước đây công việc được thực hiện thủ công, mất nhiều thời gian, dễ sai sót và tốn chi phí.',
       'Xây dựng lại quy trình theo từng bước, bổ sung biểu mẫu và công cụ hỗ trợ; hướng dẫn người lao động '
           || 'thực hiện, kiểm tra định kỳ và điều chỉnh theo thực tế sản xuất, công tác tại đơn vị.',
       'Lần đầu được áp dụng tại đơn vị.', 'Có thể nhân rộng tại các đơn vị cùng ngành.',
       'Tiết kiệm khoảng ' || (s.n % 90 + 10) || ' triệu đồng mỗi năm.', NULL,
       NULL, (s.at - interval '60 days')::date,
       CASE WHEN s.n % 3 = 0 THEN NULL ELSE (s.n % 200 + 1) * 1000000::bigint END,
       s.n % 50 = 0, CASE WHEN s.n % 50 = 0 THEN 'Thông số kỹ thuật chi tiết của giải pháp.' END,
       st.status, s.at, 'bench', s.at + interval '1 hour',
       CASE WHEN st.status = 'RECOGNIZED' THEN s.n || '/QĐ-LĐLĐ' END,
       CASE WHEN st.status = 'RECOGNIZED' THEN (s.at + interval '10 days')::date END,
       CASE WHEN st.status = 'RECOGNIZED' THEN x.org_base + u.p END,
       1
FROM (SELECT n,
             (SELECT t0 FROM params) - interval '300 days' * power(1 - n::float8 / (SELECT n_initiatives FROM params), 8)
                 - interval '1 minute' AS at,
             1 + floor((SELECT count(*) FROM unit_pick) * power(random(), 1.5))::bigint AS rn,
             random() AS rc, random() AS rs, random() AS rw
      FROM generate_series(1, (SELECT n_initiatives FROM params)) n) s
JOIN unit_pick u ON u.rn = s.rn
CROSS JOIN LATERAL (SELECT CASE WHEN s.rs < 0.05 THEN 'DRAFT' WHEN s.rs < 0.30 THEN 'SUBMITTED'
                                WHEN s.rs < 0.50 THEN 'VERIFIED' WHEN s.rs < 0.85 THEN 'RECOGNIZED'
                                WHEN s.rs < 0.90 THEN 'REJECTED' WHEN s.rs < 0.95 THEN 'RETURNED'
                                ELSE 'WITHDRAWN' END AS status) st
CROSS JOIN LATERAL (SELECT (ARRAY['Cải tiến', 'Giải pháp', 'Ứng dụng', 'Hợp lý hóa', 'Tự động hóa', 'Số hóa',
                                  'Nâng cao hiệu quả', 'Đổi mới', 'Tối ưu hóa', 'Chuẩn hóa'])[1 + (s.n % 10)] AS verb_vi,
                           (ARRAY['cai tien', 'giai phap', 'ung dung', 'hop ly hoa', 'tu dong hoa', 'so hoa',
                                  'nang cao hieu qua', 'doi moi', 'toi uu hoa', 'chuan hoa'])[1 + (s.n % 10)] AS verb_ascii,
                           (ARRAY['quy trình kiểm tra chất lượng', 'dây chuyền đóng gói', 'hệ thống quản lý hồ sơ',
                                  'công tác tiếp nhận hồ sơ một cửa', 'thiết bị làm mát', 'phần mềm chấm công',
                                  'quy trình bảo dưỡng máy', 'hệ thống tưới tiêu', 'công tác phòng cháy chữa cháy',
                                  'quy trình khám bệnh', 'bài giảng điện tử', 'kho vật tư', 'hệ thống chiếu sáng',
                                  'công tác kế toán', 'quy trình xử lý nước thải', 'lò sấy nông sản'])[1 + floor(s.rw * 16)::int] AS object_vi,
                           (ARRAY['quy trinh kiem tra chat luong', 'day chuyen dong goi', 'he thong quan ly ho so',
                                  'cong tac tiep nhan ho so mot cua', 'thiet bi lam mat', 'phan mem cham cong',
                                  'quy trinh bao duong may', 'he thong tuoi tieu', 'cong tac phong chay chua chay',
                                  'quy trinh kham benh', 'bai giang dien tu', 'kho vat tu', 'he thong chieu sang',
                                  'cong tac ke toan', 'quy trinh xu ly nuoc thai', 'lo say nong san'])[1 + floor(s.rw * 16)::int] AS object_ascii,
                           (ARRAY['tại phân xưởng', 'tại văn phòng', 'trong sản xuất', 'tại trạm bơm', 'tại khoa',
                                  'trong giảng dạy', 'tại kho', 'tại công trường'])[1 + (s.n / 10) % 8] AS place_vi,
                           (ARRAY['tai phan xuong', 'tai van phong', 'trong san xuat', 'tai tram bom', 'tai khoa',
                                  'trong giang day', 'tai kho', 'tai cong truong'])[1 + (s.n / 10) % 8] AS place_ascii) w
CROSS JOIN params x;

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname, indexdef FROM saved_index LOOP
        RAISE NOTICE 'creating %', r.indexname;
        EXECUTE r.indexdef;
    END LOOP;
END $$;

-- ---------------------------------------------------------------- clusters, blocks, pacts
-- Per province 4 clusters P01-CUM-I..IV of about 5 districts each (cluster IV also has the
-- grassroots unions that sit directly under the province), and 2 blocks per cluster
-- (P01-CUM-I-K1, -K2) splitting the cluster's members. One pact per cluster on the province's
-- peak campaign, with member targets around what the member has registered (some reach it).
CREATE TEMP TABLE cluster_plan AS
SELECT p, j, (ARRAY['I', 'II', 'III', 'IV'])[j] AS roman FROM generate_series(1, 34) p, generate_series(1, 4) j;

INSERT INTO emulation_cluster (id, code, name, organizer_id, parent_id, head_unit_id, version, created_at, updated_at)
SELECT x.cluster_base + (cp.p - 1) * 20 + cp.j, 'P' || lpad(cp.p::text, 2, '0') || '-CUM-' || cp.roman,
       'Cụm thi đua số ' || cp.roman || ' – ' || pr.vi, x.org_base + cp.p, NULL, NULL, 1, x.t0 - interval '60 days',
       x.t0 - interval '60 days'
FROM cluster_plan cp JOIN province pr ON pr.p = cp.p, params x;

INSERT INTO emulation_cluster (id, code, name, organizer_id, parent_id, head_unit_id, version, created_at, updated_at)
SELECT x.cluster_base + (cp.p - 1) * 20 + 4 + (cp.j - 1) * 2 + b, 'P' || lpad(cp.p::text, 2, '0') || '-CUM-' || cp.roman || '-K' || b,
       'Khối thi đua ' || b || ' – Cụm ' || cp.roman || ' – ' || pr.vi, x.org_base + cp.p,
       x.cluster_base + (cp.p - 1) * 20 + cp.j, NULL, 1, x.t0 - interval '60 days', x.t0 - interval '60 days'
FROM cluster_plan cp JOIN province pr ON pr.p = cp.p, generate_series(1, 2) b, params x;

-- Districts: cluster j of province p takes the districts k with ((k-1) * 4 / n_p) + 1 = j; its
-- first half (by k) goes to block 1, the rest to block 2.
CREATE TEMP TABLE member_plan AS
SELECT dt.p, ((dt.k - 1) * 4 / n.n_p) + 1 AS j, dt.id AS organization_id, dt.k AS ord
FROM district dt JOIN (SELECT p, count(*) AS n_p FROM district GROUP BY p) n ON n.p = dt.p
UNION ALL
SELECT gr.p, 4, gr.id, 1000 + gr.g FROM grassroots gr WHERE gr.d IS NULL;

INSERT INTO cluster_member (cluster_id, organization_id)
SELECT x.cluster_base + (mp.p - 1) * 20 + mp.j, mp.organization_id FROM member_plan mp, params x;

INSERT INTO cluster_member (cluster_id, organization_id)
SELECT x.cluster_base + (mp.p - 1) * 20 + 4 + (mp.j - 1) * 2
           + CASE WHEN row_number() OVER (PARTITION BY mp.p, mp.j ORDER BY mp.ord) * 2
                       <= count(*) OVER (PARTITION BY mp.p, mp.j) THEN 1 ELSE 2 END,
       mp.organization_id
FROM member_plan mp, params x;

UPDATE emulation_cluster c SET head_unit_id = (SELECT min(cm.organization_id) FROM cluster_member cm WHERE cm.cluster_id = c.id)
WHERE c.id >= (SELECT cluster_base FROM params);

INSERT INTO pact (id, cluster_id, campaign_id, signed_on, target_initiatives, target_coverage_percent, version, created_at)
SELECT x.pact_base + (cp.p - 1) * 4 + cp.j, x.cluster_base + (cp.p - 1) * 20 + cp.j, x.camp_base + 10 + cp.p,
       (x.t0 - interval '29 days')::date, 0, 90.00, 1, x.t0 - interval '29 days'
FROM cluster_plan cp, params x;

INSERT INTO pact_criterion (pact_id, criterion, weight)
SELECT pa.id, c.criterion, c.weight
FROM pact pa, (VALUES ('TARGET_REACHED', 40.00), ('COVERAGE', 20.00), ('RECOGNIZED_SHARE', 20.00),
                      ('MANUAL_POINTS', 20.00)) c (criterion, weight)
WHERE pa.id >= (SELECT pact_base FROM params);

-- Member targets: what the member has registered in the peak campaign so far, times 0.8–1.4
-- (so some members have reached theirs), at least 1; the pact's target is their sum.
CREATE TEMP TABLE unit_registered AS
SELECT g.id AS unit_id, g.parent_id, count(*) AS registered
FROM initiative i JOIN organization g ON g.id = i.unit_id
WHERE i.campaign_id IN (SELECT campaign_id FROM pact) AND i.status NOT IN ('DRAFT', 'WITHDRAWN')
GROUP BY g.id, g.parent_id;
CREATE INDEX ON unit_registered (parent_id);
CREATE INDEX ON unit_registered (unit_id);
ANALYZE unit_registered;

-- (Members are districts, whose grassroots unions are their children, or grassroots unions.)
INSERT INTO pact_member_target (pact_id, organization_id, target_initiatives)
SELECT pa.id, cm.organization_id,
       greatest(1, ceil(coalesce((SELECT sum(ur.registered) FROM unit_registered ur
                                  WHERE ur.parent_id = cm.organization_id OR ur.unit_id = cm.organization_id), 0)
                        * (0.8 + 0.6 * random())))::int
FROM pact pa JOIN cluster_member cm ON cm.cluster_id = pa.cluster_id
WHERE pa.id >= (SELECT pact_base FROM params);

UPDATE pact pa SET target_initiatives = (SELECT sum(t.target_initiatives) FROM pact_member_target t WHERE t.pact_id = pa.id)
WHERE pa.id >= (SELECT pact_base FROM params);

-- Campaign targets: the province campaigns about 115 % of what they hold now.
UPDATE campaign c SET target_initiatives = (SELECT ceil(count(*) * 1.15)::int FROM initiative i
                                            WHERE i.campaign_id = c.id AND i.status NOT IN ('DRAFT', 'WITHDRAWN'))
WHERE c.code LIKE 'P__-CAO-DIEM';

-- ---------------------------------------------------------------- sequences, checks, statistics
SELECT setval('organization_seq', (SELECT (max(id) + 49) / 50 * 50 + 50 FROM organization));
SELECT setval('campaign_seq', (SELECT (max(id) + 49) / 50 * 50 + 50 FROM campaign));
SELECT setval('initiative_seq', (SELECT (max(id) + 49) / 50 * 50 + 50 FROM initiative));
SELECT setval('emulation_cluster_seq', (SELECT (max(id) + 49) / 50 * 50 + 50 FROM emulation_cluster));
SELECT setval('pact_seq', (SELECT (max(id) + 49) / 50 * 50 + 50 FROM pact));

SET session_replication_role = origin;

-- The references that the disabled foreign-key triggers did not check, and the registration rule
-- (the unit is a grassroots union inside the campaign organizer's subtree).
DO $$
DECLARE bad bigint;
BEGIN
    SELECT count(*) INTO bad FROM initiative i LEFT JOIN campaign c ON c.id = i.campaign_id
        LEFT JOIN organization u ON u.id = i.unit_id LEFT JOIN organization o ON o.id = c.organizer_id
        LEFT JOIN field_of_application f ON f.code = i.field_code
    WHERE c.id IS NULL OR u.id IS NULL OR f.code IS NULL OR u.org_level <> 'GRASSROOTS' OR u.path NOT LIKE o.path || '%'
       OR (i.recognized_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM organization r WHERE r.id = i.recognized_by_id));
    IF bad > 0 THEN RAISE EXCEPTION '% initiatives with broken references', bad; END IF;
    SELECT count(*) INTO bad FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
    WHERE o.parent_id IS NOT NULL AND (p.id IS NULL OR o.path <> p.path || o.id || '/');
    IF bad > 0 THEN RAISE EXCEPTION '% organizations with a broken parent or path', bad; END IF;
END $$;

VACUUM (ANALYZE) organization;
VACUUM (ANALYZE) campaign;
VACUUM (ANALYZE) initiative;
VACUUM (ANALYZE) emulation_cluster;
VACUUM (ANALYZE) cluster_member;
VACUUM (ANALYZE) pact;
VACUUM (ANALYZE) pact_member_target;
VACUUM (ANALYZE) pact_criterion;

SELECT (SELECT count(*) FROM organization WHERE org_level = 'PROVINCE') AS provinces,
       (SELECT count(*) FROM organization WHERE org_level = 'DISTRICT') AS districts,
       (SELECT count(*) FROM organization WHERE org_level = 'GRASSROOTS') AS grassroots,
       (SELECT count(*) FROM initiative) AS initiatives,
       (SELECT count(*) FROM emulation_cluster WHERE parent_id IS NULL) AS clusters,
       (SELECT count(*) FROM emulation_cluster WHERE parent_id IS NOT NULL) AS blocks,
       (SELECT count(*) FROM pact) AS pacts,
       pg_size_pretty(pg_total_relation_size('initiative')) AS initiative_size;
SELECT c.code, count(*) AS initiatives FROM initiative i JOIN campaign c ON c.id = i.campaign_id
GROUP BY c.code ORDER BY count(*) DESC LIMIT 6;
