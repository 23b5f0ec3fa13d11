import { DualCloudServiceProps } from "../lib";
import { gcpApisFor } from "../lib/constructs/gcp/gcp-apis";
import { prerequisitesOf } from "../lib/summary/prerequisites";
import { prerequisitesSummarySection } from "../lib/summary/prerequisites-summary";
import { buildService, FIVE_DATACENTRES } from "./support/synth";
import { describeWithGcp } from "./support/core";

const WITH_STATE: Partial<DualCloudServiceProps> = {
  datacentres: FIVE_DATACENTRES,
  gcp: { projectId: "acme-orders" },
  secrets: ["DATABASE_URL"],
  stateBackend: {
    aws: { bucketNamePrefix: "acme-tfstate" },
    azure: { resourceGroupName: "tfstate", storageAccountNamePrefix: "acmetf" },
    gcp: { bucketNamePrefix: "acme-tfstate" },
  },
};

describe("prerequisitesOf", () => {
  describeWithGcp("given five datacentres on three clouds with remote state", () => {
    const { service } = buildService(WITH_STATE);
    const stacks = [...service.datacentreStacks, service.route53Stack, service.trafficManagerStack];
    const found = prerequisitesOf(stacks);
    const byWhat = Object.fromEntries(found.map((p) => [p.what, p]));

    it("names every state bucket and storage account the backends point at, with the stacks that need each", () => {
      expect(found.map((p) => p.what)).toEqual([
        "state bucket s3://acme-tfstate-us-east-1 (us-east-1)",
        "Route 53 public hosted zone example.com",
        "state bucket s3://acme-tfstate-eu-west-1 (eu-west-1)",
        "state storage account acmetfeastus, container tfstate (resource group tfstate)",
        "Azure DNS zone example.com (resource group dns)",
        "TLS certificate tls in Key Vault orders-eastus-dwxm9b (tls.pfx, unencrypted, for the service's host names; the foundation stage creates the vault)",
        "state storage account acmetfwesteurope, container tfstate (resource group tfstate)",
        "TLS certificate tls in Key Vault orders-westeurope-ebklqy (tls.pfx, unencrypted, for the service's host names; the foundation stage creates the vault)",
        "APIs enabled in project acme-orders",
        "Artifact Registry service agent in project acme-orders",
        "state bucket gs://acme-tfstate-europe-west1",
        "delegation of example.com to the name servers of every copy (list them all at the registrar once synth reports no DNS parity gap; until then only the copy the certificates validate through: docs/dns.md)",
      ]);
      expect(byWhat["state bucket s3://acme-tfstate-us-east-1 (us-east-1)"].neededBy).toEqual(["orders-aws-us-east-1", "orders-global-aws"]);
      expect(byWhat["state storage account acmetfeastus, container tfstate (resource group tfstate)"].neededBy).toEqual(["orders-azure-eastus", "orders-global-azure"]);
      expect(byWhat["delegation of example.com to the name servers of every copy (list them all at the registrar once synth reports no DNS parity gap; until then only the copy the certificates validate through: docs/dns.md)"].command).toBe(
        "aws route53 get-hosted-zone --id \"$(aws route53 list-hosted-zones-by-name --dns-name example.com --max-items 1 --query 'HostedZones[0].Id' --output text)\" --query DelegationSet.NameServers && az network dns zone show --name example.com --resource-group dns --query nameServers",
      );
    });

    it("creates state storage versioned, encrypted and with public access blocked", () => {
      const s3 = byWhat["state bucket s3://acme-tfstate-eu-west-1 (eu-west-1)"].command;
      expect(s3).toContain("aws s3api create-bucket --bucket acme-tfstate-eu-west-1 --region eu-west-1 --create-bucket-configuration LocationConstraint=eu-west-1");
      expect(s3).toContain("--versioning-configuration Status=Enabled");
      expect(s3).toContain("BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true");
      expect(s3).toContain('"SSEAlgorithm":"aws:kms"');
      expect(byWhat["state bucket s3://acme-tfstate-us-east-1 (us-east-1)"].command).not.toContain("LocationConstraint");
      const azure = byWhat["state storage account acmetfwesteurope, container tfstate (resource group tfstate)"].command;
      expect(azure).toContain("--location westeurope");
      expect(azure).toContain("--allow-blob-public-access false --allow-shared-key-access false");
      expect(azure).toContain("--enable-versioning true");
      expect(azure).toContain("az storage container create --account-name acmetfwesteurope --name tfstate --auth-mode login");
      const gcs = byWhat["state bucket gs://acme-tfstate-europe-west1"].command;
      expect(gcs).toBe("gcloud storage buckets create gs://acme-tfstate-europe-west1 --project acme-orders --location europe-west1 --uniform-bucket-level-access --public-access-prevention && gcloud storage buckets update gs://acme-tfstate-europe-west1 --versioning");
    });

    it("enables every API the GCP stack's resource types need, Cloud Resource Manager included", () => {
      expect(byWhat["APIs enabled in project acme-orders"].command).toBe(
        "gcloud services enable artifactregistry.googleapis.com certificatemanager.googleapis.com cloudkms.googleapis.com cloudresourcemanager.googleapis.com compute.googleapis.com dns.googleapis.com iam.googleapis.com logging.googleapis.com monitoring.googleapis.com run.googleapis.com secretmanager.googleapis.com serviceusage.googleapis.com --project acme-orders",
      );
    });

    it("creates the Artifact Registry service agent the registry key is granted to", () => {
      expect(byWhat["Artifact Registry service agent in project acme-orders"].command).toBe("gcloud beta services identity create --service=artifactregistry.googleapis.com --project acme-orders");
    });

    it("prints each prerequisite and its command in the synth summary", () => {
      const lines = prerequisitesSummarySection(service);
      expect(lines[0]).toMatch(/^ {2}prerequisites/);
      for (const p of found) {
        expect(lines).toContain(`    ${p.cloud.padEnd(9)} ${p.what}${p.beforeStage ? ", before the serving stage" : ""}, for ${p.neededBy.join(", ")}`);
        expect(lines).toContain(`              $ ${p.command}`);
      }
    });
  });

  describe("given local state", () => {
    it("names only the zones, the registrar and, before serving, each Azure datacentre's TLS certificate", () => {
      const { service } = buildService();
      const found = prerequisitesOf([...service.datacentreStacks, service.route53Stack, service.trafficManagerStack]);
      expect(found.map((p) => [p.cloud, p.beforeStage ?? "init"])).toEqual([["aws", "init"], ["azure", "init"], ["azure", "serving"], ["azure", "serving"], ["registrar", "init"]]);
    });
  });

  describe("the Azure TLS certificate", () => {
    const certificates = (props: Partial<DualCloudServiceProps>) => {
      const { service } = buildService(props);
      return prerequisitesOf(service.datacentreStacks).filter((p) => p.beforeStage === "serving");
    };

    it("given the gateway ingress, names the certificate its listener reads from each datacentre's vault, written through the management plane", () => {
      const [eastus] = certificates({});
      expect(eastus.neededBy).toEqual(["orders-azure-eastus"]);
      expect(eastus.command).toBe(
        "base64 < tls.pfx | tr -d '\\n' | jq -Rc '{properties: {value: ., contentType: \"application/x-pkcs12\"}}' > tls-secret.json" +
          " && az rest --method put --url \"https://management.azure.com$(az keyvault show --name orders-eastus-dwxm9b --query id -o tsv)/secrets/tls?api-version=2023-07-01\" --body @tls-secret.json" +
          " && rm -f tls-secret.json",
      );
    });

    it("given azure.certificateName and direct ingress, names that certificate, read by the environment", () => {
      const found = certificates({ azure: { certificateName: "orders-tls", ingress: "direct" }, edge: { unboundedConnections: "accept" }, waf: { disabledOn: ["azure"] } });
      expect(found.map((p) => p.what)).toEqual([
        "TLS certificate orders-tls in Key Vault orders-eastus-dwxm9b (orders-tls.pfx, unencrypted, for the service's host names; the foundation stage creates the vault)",
        "TLS certificate orders-tls in Key Vault orders-westeurope-ebklqy (orders-tls.pfx, unencrypted, for the service's host names; the foundation stage creates the vault)",
      ]);
    });

    it("given the foundation stage, names none (no listener reads it yet)", () => {
      expect(certificates({ stage: "foundation" })).toEqual([]);
    });
  });

  describe("gcpApisFor", () => {
    it("refuses a resource type it knows no API for, so the list cannot fall behind the stacks", () => {
      expect(() => gcpApisFor(["google_cloud_run_v2_service", "google_bigtable_instance"])).toThrow(/no Google Cloud API is known for resource type google_bigtable_instance/);
      expect(gcpApisFor(["google_cloud_run_v2_service"])).toEqual(["cloudresourcemanager.googleapis.com", "run.googleapis.com", "serviceusage.googleapis.com"]);
    });
  });
});
