-- Where an organization is (a city or town), for the place and date line of its documents:
-- "Rạch Giá, ngày 31 tháng 5 năm 2022". Optional.
ALTER TABLE organization ADD COLUMN place VARCHAR(100);
