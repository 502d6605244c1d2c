package io.maestro.discovery.provider.terraform;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;

/** The tasks of a state connection and where their records go. */
enum TerraformTask {

    SERVERS("server-list", "terraform_servers", CommandTarget.of(Inventory.SERVERS)),
    VOLUMES("volumes-list", "terraform_volumes", CommandTarget.of(Inventory.VOLUMES)),
    BUCKETS("storage-object-list", "terraform_buckets",
            CommandTarget.of(Inventory.APPLICATIONS, "ObjectStorage", "S3 (AWS)")),
    DATABASES("dbs-list", "terraform_databases", CommandTarget.of(Inventory.APPLICATIONS, "Database", "RDS (AWS)")),
    LOAD_BALANCERS("loadbalance-list", "terraform_load_balancers",
            CommandTarget.of(Inventory.APPLICATIONS, "Loadbalance", "ELB (AWS)"));

    private final String task;
    private final String command;
    private final CommandTarget target;

    TerraformTask(String task, String command, CommandTarget target) {
        this.task = task;
        this.command = command;
        this.target = target.declaring();
    }

    String task() {
        return task;
    }

    String command() {
        return command;
    }

    CommandTarget target() {
        return target;
    }
}
