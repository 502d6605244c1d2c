package io.maestro.server.api.inventory;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory registry for clients (signed-in users): {@code GET /inventory} lists every inventory entity with its
 * route, names, list and single fields and the JSON Schema of a create body; {@code GET /inventory/{name}} one of
 * them, named by its route without the slash ({@code servers}, {@code system}, {@code network}). The dashboard builds
 * its forms from these schemas; the same schemas are in {@code /v3/api-docs}.
 */
@RestController
public class InventoryController {

    @GetMapping("/inventory")
    public Map<String, List<Map<String, Object>>> inventory() {
        return Map.of("items", Inventory.all().stream().map(InventoryEntity::describe).toList());
    }

    @GetMapping("/inventory/{name}")
    public Map<String, Object> entity(@PathVariable("name") String name) {
        return Inventory.byRoute("/" + name).map(InventoryEntity::describe).orElseThrow(NotFoundException::new);
    }
}
