package vn.sangkien.integration.boundary;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import vn.sangkien.integration.entity.GetCampaignSummary;
import vn.sangkien.integration.entity.GetCampaignSummaryResponse;
import vn.sangkien.integration.entity.GetClusterSummary;
import vn.sangkien.integration.entity.GetClusterSummaryResponse;
import vn.sangkien.integration.entity.GetInitiative;
import vn.sangkien.integration.entity.GetInitiativeResponse;
import vn.sangkien.integration.entity.ListInitiativeChanges;
import vn.sangkien.integration.entity.ListInitiativeChangesResponse;
import vn.sangkien.integration.entity.ProblemFault;
import vn.sangkien.integration.entity.RegisterInitiatives;
import vn.sangkien.integration.entity.RegisterInitiativesResponse;
import vn.sangkien.integration.entity.SoapNames;

/**
 * {@code IntegrationService}, SOAP 1.1 document/literal: each request element is its operation's name
 * and each answer the name + {@code Response}, in {@link SoapNames#NS}, their children unqualified —
 * the wrapped convention, written out as message classes so that every answer has exactly the
 * children the contract names. The annotation is on this interface only: Payara Server's own
 * web-services container then finds no endpoint of its own to deploy (README, SOAP).
 */
@WebService(name = "IntegrationPortType", targetNamespace = SoapNames.NS)
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface IntegrationPort {

    @WebMethod(operationName = "registerInitiatives")
    @WebResult(name = "registerInitiativesResponse", targetNamespace = SoapNames.NS, partName = "parameters")
    RegisterInitiativesResponse registerInitiatives(@WebParam(name = "registerInitiatives",
            targetNamespace = SoapNames.NS, partName = "parameters") RegisterInitiatives request) throws ProblemFault;

    @WebMethod(operationName = "getInitiative")
    @WebResult(name = "getInitiativeResponse", targetNamespace = SoapNames.NS, partName = "parameters")
    GetInitiativeResponse getInitiative(@WebParam(name = "getInitiative", targetNamespace = SoapNames.NS,
            partName = "parameters") GetInitiative request) throws ProblemFault;

    @WebMethod(operationName = "listInitiativeChanges")
    @WebResult(name = "listInitiativeChangesResponse", targetNamespace = SoapNames.NS, partName = "parameters")
    ListInitiativeChangesResponse listInitiativeChanges(@WebParam(name = "listInitiativeChanges",
            targetNamespace = SoapNames.NS, partName = "parameters") ListInitiativeChanges request) throws ProblemFault;

    @WebMethod(operationName = "getCampaignSummary")
    @WebResult(name = "getCampaignSummaryResponse", targetNamespace = SoapNames.NS, partName = "parameters")
    GetCampaignSummaryResponse getCampaignSummary(@WebParam(name = "getCampaignSummary",
            targetNamespace = SoapNames.NS, partName = "parameters") GetCampaignSummary request) throws ProblemFault;

    @WebMethod(operationName = "getClusterSummary")
    @WebResult(name = "getClusterSummaryResponse", targetNamespace = SoapNames.NS, partName = "parameters")
    GetClusterSummaryResponse getClusterSummary(@WebParam(name = "getClusterSummary",
            targetNamespace = SoapNames.NS, partName = "parameters") GetClusterSummary request) throws ProblemFault;
}
