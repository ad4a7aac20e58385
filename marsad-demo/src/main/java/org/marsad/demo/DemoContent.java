package org.marsad.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo web's data: outlet profiles and their pages, read from the bundled data files. */
record DemoContent(List<OutletProfile> outlets, Map<String, List<StoryPiece>> pieces) {

  DemoContent {
    outlets = List.copyOf(outlets);
    pieces = Map.copyOf(pieces);
  }

  static DemoContent load() {
    Map<String, List<String>> agency = new HashMap<>();
    for (Block b : Block.readResource("agency.txt")) {
      agency.put(b.require("key"), b.paragraphs());
    }
    List<OutletProfile> outlets = new ArrayList<>();
    Map<String, List<StoryPiece>> pieces = new HashMap<>();
    for (Block b : Block.readResource("outlets.txt")) {
      OutletProfile outlet = OutletProfile.from(b);
      outlets.add(outlet);
      pieces.put(outlet.key(), loadPieces(outlet.key(), agency));
    }
    return new DemoContent(outlets, pieces);
  }

  private static List<StoryPiece> loadPieces(String outletKey, Map<String, List<String>> agency) {
    List<StoryPiece> list = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (Block b : Block.readResource("articles/" + outletKey + ".txt")) {
      StoryPiece piece = StoryPiece.from(outletKey, b, agency);
      if (!slugs.add(piece.slug())) {
        throw new IllegalStateException(b.origin() + ": duplicate slug " + piece.slug());
      }
      list.add(piece);
    }
    return list;
  }

  List<StoryPiece> piecesOf(OutletProfile outlet) {
    return pieces.getOrDefault(outlet.key(), List.of());
  }
}
