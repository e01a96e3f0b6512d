-- Products seeded before this migration hold LIKE's special characters in their search
-- text; give them the form the search now expects (lib/server/shop/search-text.ts):
-- '%' -> U+E000, '_' -> U+E001, '\' -> U+E002.
UPDATE "Product"
SET "searchText" = replace(replace(replace("searchText", '%', char(57344)), '_', char(57345)), '\', char(57346));
