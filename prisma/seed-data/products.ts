// The demo product catalog the seed script loads: 30 products, 6 in each of 5 categories, priced in USD.

export type SeedProduct = {
  slug: string; // kebab-case, unique
  name: string;
  description: string; // 1-3 sentences, 120-320 characters
  priceCents: number; // integer cents, USD
  category: string; // "Apparel" | "Home" | "Kitchen" | "Outdoors" | "Stationery"
  stock: number; // integer 3..60
  imageUrl: string; // "/products/<slug>.svg"
  ageDays: number; // days before seeding the product was added; distinct, so "newest" is deterministic
};

export const products: readonly SeedProduct[] = [
  // Apparel
  {
    slug: "merino-wool-beanie",
    name: "Merino Wool Beanie",
    description:
      "A snug rib-knit beanie in soft 100% merino wool with a fold-over cuff and a plush pom-pom. Breathable, itch-free and warm on cold commutes; one size fits most.",
    priceCents: 2899,
    category: "Apparel",
    stock: 42,
    imageUrl: "/products/merino-wool-beanie.svg",
    ageDays: 12,
  },
  {
    slug: "organic-cotton-crew-tee",
    name: "Organic Cotton Crew Tee",
    description:
      "A relaxed everyday tee cut from 180 gsm organic cotton jersey, with a chest pocket, ribbed crew neck and double-stitched hems. Pre-shrunk, so it keeps its shape wash after wash.",
    priceCents: 2400,
    category: "Apparel",
    stock: 60,
    imageUrl: "/products/organic-cotton-crew-tee.svg",
    ageDays: 3,
  },
  {
    slug: "ribbed-wool-crew-socks",
    name: "Ribbed Wool Crew Socks",
    description:
      "Two pairs of cushioned crew socks knitted from a merino and recycled nylon blend. Reinforced heel and toe, a ribbed cuff that stays up, and naturally odor-resistant for long days on your feet.",
    priceCents: 1950,
    category: "Apparel",
    stock: 8,
    imageUrl: "/products/ribbed-wool-crew-socks.svg",
    ageDays: 47,
  },
  {
    slug: "washed-canvas-baseball-cap",
    name: "Washed Canvas Baseball Cap",
    description:
      "A six-panel cap in garment-washed cotton canvas with a pre-curved brim, stitched eyelets and an adjustable brass buckle strap. Soft and broken-in from the very first wear.",
    priceCents: 2250,
    category: "Apparel",
    stock: 27,
    imageUrl: "/products/washed-canvas-baseball-cap.svg",
    ageDays: 65,
  },
  {
    slug: "chunky-knit-scarf",
    name: "Chunky Knit Scarf",
    description:
      "An oversized scarf in a chunky rib knit of lambswool and alpaca. A generous 78-inch length with striped ends and a tassel fringe, long enough to wrap twice on the coldest mornings.",
    priceCents: 3900,
    category: "Apparel",
    stock: 5,
    imageUrl: "/products/chunky-knit-scarf.svg",
    ageDays: 88,
  },
  {
    slug: "heavyweight-pullover-hoodie",
    name: "Heavyweight Pullover Hoodie",
    description:
      "A roomy hoodie in brushed-back 400 gsm organic cotton fleece. Lined double-layer hood, flat cotton drawcords, a kangaroo pocket and ribbed cuffs built for years of weekend wear.",
    priceCents: 6400,
    category: "Apparel",
    stock: 19,
    imageUrl: "/products/heavyweight-pullover-hoodie.svg",
    ageDays: 30,
  },

  // Home
  {
    slug: "ceramic-table-lamp",
    name: "Ceramic Table Lamp",
    description:
      "A hand-glazed terracotta ceramic base under a tapered linen shade that casts a warm, even glow. Stands 18 inches tall with a 6-foot fabric cord and an inline switch; E26 bulb not included.",
    priceCents: 8900,
    category: "Home",
    stock: 9,
    imageUrl: "/products/ceramic-table-lamp.svg",
    ageDays: 21,
  },
  {
    slug: "linen-throw-pillow",
    name: "Linen Throw Pillow",
    description:
      "A 20 x 20 inch cushion in stonewashed linen with woven cream and rust stripes and a hidden zipper. Comes with a plump down-alternative insert; the cover is machine washable.",
    priceCents: 3499,
    category: "Home",
    stock: 33,
    imageUrl: "/products/linen-throw-pillow.svg",
    ageDays: 54,
  },
  {
    slug: "amber-jar-soy-candle",
    name: "Amber Jar Soy Candle",
    description:
      "A hand-poured soy wax candle in a reusable amber glass jar, scented with cedarwood, fig and a hint of smoke. Cotton wick, 8 oz, and roughly 45 hours of clean, even burn.",
    priceCents: 2600,
    category: "Home",
    stock: 48,
    imageUrl: "/products/amber-jar-soy-candle.svg",
    ageDays: 7,
  },
  {
    slug: "speckled-stoneware-planter",
    name: "Speckled Stoneware Planter",
    description:
      "A wheel-thrown planter in speckled cream stoneware with a drainage hole. At 6 inches across it suits pothos, snake plants and kitchen herbs on a sunny windowsill.",
    priceCents: 3150,
    category: "Home",
    stock: 22,
    imageUrl: "/products/speckled-stoneware-planter.svg",
    ageDays: 96,
  },
  {
    slug: "woven-cotton-throw-blanket",
    name: "Woven Cotton Throw Blanket",
    description:
      "A soft, breathable throw woven from 100% cotton in a sage and cream stripe, finished with a knotted fringe. Measures 50 x 60 inches, just right for the sofa or the foot of the bed.",
    priceCents: 7800,
    category: "Home",
    stock: 14,
    imageUrl: "/products/woven-cotton-throw-blanket.svg",
    ageDays: 40,
  },
  {
    slug: "walnut-wall-clock",
    name: "Walnut Wall Clock",
    description:
      "A minimalist 12-inch wall clock with a solid walnut frame, a matte cream dial and slim navy hands. The silent sweep movement never ticks, so it belongs in bedrooms and studies too.",
    priceCents: 5900,
    category: "Home",
    stock: 4,
    imageUrl: "/products/walnut-wall-clock.svg",
    ageDays: 110,
  },

  // Kitchen
  {
    slug: "stoneware-coffee-mug",
    name: "Stoneware Coffee Mug",
    description:
      "A generous 12 oz mug thrown in stoneware and half-dipped in a glossy rust-red glaze over raw speckled clay. Comfortable thick handle; microwave and dishwasher safe.",
    priceCents: 1800,
    category: "Kitchen",
    stock: 55,
    imageUrl: "/products/stoneware-coffee-mug.svg",
    ageDays: 1,
  },
  {
    slug: "gooseneck-pour-over-kettle",
    name: "Gooseneck Pour-Over Kettle",
    description:
      "A 1-liter stovetop kettle in copper-finished stainless steel with a slim gooseneck spout for precise, steady pours. Ideal for pour-over coffee and tea; works on gas, electric and induction.",
    priceCents: 6999,
    category: "Kitchen",
    stock: 12,
    imageUrl: "/products/gooseneck-pour-over-kettle.svg",
    ageDays: 58,
  },
  {
    slug: "acacia-wood-cutting-board",
    name: "Acacia Wood Cutting Board",
    description:
      "Cut from a single slab of oiled acacia, this 16 x 10 inch board is gentle on knife edges and handsome enough to serve on. Carry handle with a hanging hole; hand wash only.",
    priceCents: 4200,
    category: "Kitchen",
    stock: 37,
    imageUrl: "/products/acacia-wood-cutting-board.svg",
    ageDays: 73,
  },
  {
    slug: "cast-iron-skillet",
    name: "Cast Iron Skillet",
    description:
      "A pre-seasoned 10-inch cast iron skillet that goes from stovetop to oven to campfire. It holds heat evenly for crisp eggs and seared steaks, and only gets better with every use.",
    priceCents: 4850,
    category: "Kitchen",
    stock: 25,
    imageUrl: "/products/cast-iron-skillet.svg",
    ageDays: 102,
  },
  {
    slug: "glass-french-press",
    name: "Glass French Press",
    description:
      "Brews eight cups of rich, full-bodied coffee in a heat-resistant borosilicate glass carafe. Brushed stainless steel frame, a four-layer mesh filter and a cool-touch handle.",
    priceCents: 3599,
    category: "Kitchen",
    stock: 7,
    imageUrl: "/products/glass-french-press.svg",
    ageDays: 26,
  },
  {
    slug: "carbon-steel-chef-knife",
    name: "Carbon Steel Chef Knife",
    description:
      "An 8-inch chef knife forged from high-carbon steel and sharpened to a keen 15-degree edge. The blade develops a blue-grey patina over time; the riveted walnut handle balances at the bolster.",
    priceCents: 11900,
    category: "Kitchen",
    stock: 6,
    imageUrl: "/products/carbon-steel-chef-knife.svg",
    ageDays: 81,
  },

  // Outdoors
  {
    slug: "ripstop-trail-backpack",
    name: "Ripstop Trail Backpack",
    description:
      "A 24-liter daypack in water-resistant ripstop nylon with a padded laptop sleeve, a zippered front pocket and side compression straps. The breathable mesh back panel keeps you cool on the trail.",
    priceCents: 9450,
    category: "Outdoors",
    stock: 16,
    imageUrl: "/products/ripstop-trail-backpack.svg",
    ageDays: 15,
  },
  {
    slug: "insulated-steel-water-bottle",
    name: "Insulated Steel Water Bottle",
    description:
      "A double-wall vacuum insulated bottle in 18/8 stainless steel that keeps drinks cold for 24 hours or hot for 12. Holds 24 oz, has a leak-proof loop cap and fits most cup holders.",
    priceCents: 3400,
    category: "Outdoors",
    stock: 58,
    imageUrl: "/products/insulated-steel-water-bottle.svg",
    ageDays: 9,
  },
  {
    slug: "rechargeable-camp-lantern",
    name: "Rechargeable Camp Lantern",
    description:
      "A USB-C rechargeable LED lantern with warm, dimmable light up to 400 lumens and 40 hours of runtime on low. Splash-proof, with a fold-down handle for hanging inside the tent.",
    priceCents: 4499,
    category: "Outdoors",
    stock: 10,
    imageUrl: "/products/rechargeable-camp-lantern.svg",
    ageDays: 36,
  },
  {
    slug: "parachute-nylon-hammock",
    name: "Parachute Nylon Hammock",
    description:
      "A lightweight single hammock sewn from breathable parachute nylon that packs into its own pouch. Holds up to 400 lb and comes with tree-friendly straps and aluminum carabiners.",
    priceCents: 5400,
    category: "Outdoors",
    stock: 29,
    imageUrl: "/products/parachute-nylon-hammock.svg",
    ageDays: 62,
  },
  {
    slug: "enamel-camp-mug",
    name: "Enamel Camp Mug",
    description:
      "A classic speckled blue enamel-on-steel mug with a rolled navy rim. Holds 12 oz of coffee by the fire, weighs almost nothing and can sit right on the camp stove.",
    priceCents: 1650,
    category: "Outdoors",
    stock: 44,
    imageUrl: "/products/enamel-camp-mug.svg",
    ageDays: 18,
  },
  {
    slug: "brass-pocket-compass",
    name: "Brass Pocket Compass",
    description:
      "A liquid-damped compass in a solid brass case with a luminous needle and a clear, easy-to-read dial. It fits in a palm, hangs from a bail ring and develops a warm patina over time.",
    priceCents: 3800,
    category: "Outdoors",
    stock: 3,
    imageUrl: "/products/brass-pocket-compass.svg",
    ageDays: 120,
  },

  // Stationery
  {
    slug: "dot-grid-notebook",
    name: "Dot Grid Notebook",
    description:
      "A lay-flat A5 notebook with 192 numbered pages of 100 gsm dot grid paper that resists ink bleed. Linen-bound hard cover, elastic closure, a ribbon marker and an inner pocket.",
    priceCents: 1900,
    category: "Stationery",
    stock: 52,
    imageUrl: "/products/dot-grid-notebook.svg",
    ageDays: 5,
  },
  {
    slug: "brass-ballpoint-pen",
    name: "Brass Ballpoint Pen",
    description:
      "A weighty click pen machined from solid brass with a sturdy steel clip. It writes smoothly with a standard 0.7 mm black refill and ages to a warm, personal patina.",
    priceCents: 2999,
    category: "Stationery",
    stock: 31,
    imageUrl: "/products/brass-ballpoint-pen.svg",
    ageDays: 70,
  },
  {
    slug: "watercolor-pencil-set",
    name: "Watercolor Pencil Set",
    description:
      "Twenty-four artist-grade watercolor pencils with rich, blendable pigments. Draw dry for crisp lines or add a wet brush to turn strokes into washes. Comes in a reusable tin.",
    priceCents: 2700,
    category: "Stationery",
    stock: 24,
    imageUrl: "/products/watercolor-pencil-set.svg",
    ageDays: 44,
  },
  {
    slug: "washi-tape-set",
    name: "Washi Tape Set",
    description:
      "Three rolls of Japanese washi tape in coral, mint and mustard, each 15 mm x 10 m. Tears cleanly by hand and lifts without residue, perfect for journals, gift wrap and labels.",
    priceCents: 1250,
    category: "Stationery",
    stock: 39,
    imageUrl: "/products/washi-tape-set.svg",
    ageDays: 77,
  },
  {
    slug: "weekly-desk-planner",
    name: "Weekly Desk Planner",
    description:
      "An undated spiral-bound planner with 52 weekly spreads, a row for each day and a tidy to-do list. Thick 120 gsm paper lies flat beside your keyboard all year long.",
    priceCents: 2150,
    category: "Stationery",
    stock: 13,
    imageUrl: "/products/weekly-desk-planner.svg",
    ageDays: 51,
  },
  {
    slug: "letterpress-greeting-cards",
    name: "Letterpress Greeting Cards",
    description:
      "A set of eight blank letterpress cards printed on thick cotton paper with a hand-drawn botanical motif. Each comes with a kraft envelope, ready for birthdays and thank-yous.",
    priceCents: 2200,
    category: "Stationery",
    stock: 20,
    imageUrl: "/products/letterpress-greeting-cards.svg",
    ageDays: 92,
  },
];
